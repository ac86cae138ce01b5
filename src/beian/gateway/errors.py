"""OpenAI error envelope with Chinese messages."""

from __future__ import annotations

from starlette.responses import JSONResponse


def envelope(status: int, message: str, type_: str = "invalid_request_error", code: str = "") -> JSONResponse:
    """An OpenAI-style ``{"error": {...}}`` response."""
    body = {"error": {"message": message, "type": type_, "code": code or type_, "param": None}}
    return JSONResponse(body, status_code=status)


class GatewayHTTPError(Exception):
    """Raised inside a handler; becomes an error envelope."""

    def __init__(self, status: int, message: str, type_: str = "invalid_request_error", code: str = "") -> None:
        super().__init__(message)
        self.status, self.message, self.type_, self.code = status, message, type_, code

    def response(self) -> JSONResponse:
        """The envelope for this error."""
        return envelope(self.status, self.message, self.type_, self.code)
