/* Placeholder: replaced by the real implementation. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static struct PyModuleDef moddef = {PyModuleDef_HEAD_INIT, "_acm", "placeholder", -1, NULL};

PyMODINIT_FUNC PyInit__acm(void) { return PyModule_Create(&moddef); }
