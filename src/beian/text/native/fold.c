/* beian.text._fold: the text core's fold in one pass over a str (see normalize.py).
 *
 * normalize(text, fold, gap, max_noise, max_chars) does what normalize._normalize_numpy does: fold
 * every code point through the FOLD table (0 = deleted), turn over-long gaps into hard boundaries
 * ("\n"), collapse runs of the same folded character and keep the offset map. The tables come in
 * through the buffer protocol (uint32 FOLD and uint8 GAP over 0x110000 code points); the arrays go
 * back as bytes/bytearray objects that Python wraps with np.frombuffer.
 *
 * str_mask/cps_mask give the set of table values (as a bit mask) over a slice of a str or of a
 * uint32 buffer: the GAP classes of a gap, the KIND values of a span.
 *
 * fan_out/flags_of/span_count/fold_str/outermost serve the matcher (matcher.py, hitfilters.py): the lexicon
 * entries of each pattern found, the per-character flags of a text, how many flagged characters each hit
 * spans, the text folded character by character, the hits not inside longer ones.
 *
 * Plain C against the CPython API; no third-party headers.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define N_CODEPOINTS 0x110000
#define NEWLINE 0x0A
/* Gap classes, as normalize.Gap */
#define GAP_MARK 2
#define GAP_NOISE 3
#define GAP_CLAUSE 4
#define GAP_LINE 5

/* The code points of a str, one uint32 per Python character (lone surrogates as they are). */
static void read_cps(PyObject *text, Py_ssize_t n, uint32_t *cps) {
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t i;
    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *s = (const Py_UCS1 *)data;
        for (i = 0; i < n; i++) cps[i] = s[i];
    } else if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *s = (const Py_UCS2 *)data;
        for (i = 0; i < n; i++) cps[i] = s[i];
    } else {
        memcpy(cps, data, (size_t)n * sizeof(uint32_t));
    }
}

static int check_table(Py_buffer *buf, Py_ssize_t itemsize, const char *name) {
    if (buf->len != (Py_ssize_t)N_CODEPOINTS * itemsize) {
        PyErr_Format(PyExc_ValueError, "%s table must hold 0x110000 items of %zd bytes", name, itemsize);
        return -1;
    }
    return 0;
}

typedef struct {
    uint32_t *out;
    int64_t *starts, *ends, *runs;
} Outputs;

/* Past the combining marks that follow position e. */
static inline Py_ssize_t after_marks(const uint32_t *cps, Py_ssize_t n, const uint8_t *gap, Py_ssize_t e) {
    while (e < n && gap[cps[e]] == GAP_MARK) e++;
    return e;
}

/* The fold proper; returns the number of normalised characters written to o (at most n). */
static Py_ssize_t fold_core(const uint32_t *cps, Py_ssize_t n, const uint32_t *fold, const uint8_t *gap,
                            Py_ssize_t max_noise, Py_ssize_t max_chars, Outputs *o) {
    Py_ssize_t m = 0, last = -1, width = 0, n_line = 0, n_noise = 0, n_stop = 0;
    uint32_t prev = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        uint32_t cp = cps[i];
        uint32_t f = fold[cp];
        if (f == 0) {
            if (last >= 0) {
                uint8_t c = gap[cp];
                width++;
                if (c >= GAP_NOISE) {
                    n_noise++;
                    if (c >= GAP_CLAUSE) {
                        n_stop++;
                        /* CR LF is one line break: the CR does not count */
                        if (c == GAP_LINE && !(cp == 0x0D && i + 1 < n && cps[i + 1] == 0x0A)) n_line++;
                    }
                }
            }
            continue;
        }
        if (last < 0) {
            o->out[0] = f;
            o->starts[0] = i;
            o->runs[0] = 1;
            m = 1;
        } else {
            int hard = n_line > 1 || n_noise > max_noise || width > max_chars;
            if (f != prev || hard || (n_stop > 0 && f >= 0x80)) {
                o->ends[m - 1] = after_marks(cps, n, gap, last + 1);
                if (hard) { /* a hard boundary: "\n" spanning the gap */
                    o->out[m] = NEWLINE;
                    o->starts[m] = o->ends[m - 1];
                    o->ends[m] = i;
                    o->runs[m] = 1;
                    m++;
                }
                o->out[m] = f;
                o->starts[m] = i;
                o->runs[m] = 1;
                m++;
            } else {
                o->runs[m - 1]++;
            }
        }
        last = i;
        prev = f;
        width = n_line = n_noise = n_stop = 0;
    }
    if (m) o->ends[m - 1] = after_marks(cps, n, gap, last + 1);
    return m;
}

/* The four output arrays, as bytearrays (writable when NumPy wraps them) filled in place. */
typedef struct {
    PyObject *out, *starts, *ends, *runs;
} Arrays;

static void arrays_clear(Arrays *a) {
    Py_CLEAR(a->out);
    Py_CLEAR(a->starts);
    Py_CLEAR(a->ends);
    Py_CLEAR(a->runs);
}

static int arrays_new(Arrays *a, Py_ssize_t cap, Outputs *o) {
    a->out = PyByteArray_FromStringAndSize(NULL, cap * 4);
    a->starts = PyByteArray_FromStringAndSize(NULL, cap * 8);
    a->ends = PyByteArray_FromStringAndSize(NULL, cap * 8);
    a->runs = PyByteArray_FromStringAndSize(NULL, cap * 8);
    if (!a->out || !a->starts || !a->ends || !a->runs) return -1;
    o->out = (uint32_t *)PyByteArray_AS_STRING(a->out);
    o->starts = (int64_t *)PyByteArray_AS_STRING(a->starts);
    o->ends = (int64_t *)PyByteArray_AS_STRING(a->ends);
    o->runs = (int64_t *)PyByteArray_AS_STRING(a->runs);
    return 0;
}

static int arrays_shrink(Arrays *a, Py_ssize_t m) {
    if (PyByteArray_Resize(a->out, m * 4) < 0 || PyByteArray_Resize(a->starts, m * 8) < 0 ||
        PyByteArray_Resize(a->ends, m * 8) < 0 || PyByteArray_Resize(a->runs, m * 8) < 0)
        return -1;
    return 0;
}

static PyObject *fold_normalize(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *result = NULL, *source = NULL, *folded;
    Py_buffer fold_buf, gap_buf;
    Py_ssize_t max_noise, max_chars, n, m;
    Outputs o;
    Arrays a = {NULL, NULL, NULL, NULL};
    if (!PyArg_ParseTuple(args, "Uy*y*nn:normalize", &text, &fold_buf, &gap_buf, &max_noise, &max_chars))
        return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) goto done;
#endif
    if (check_table(&fold_buf, 4, "fold") < 0 || check_table(&gap_buf, 1, "gap") < 0) goto done;
    n = PyUnicode_GET_LENGTH(text);
    if ((size_t)n > (size_t)PY_SSIZE_T_MAX / 32) {
        PyErr_NoMemory();
        goto done;
    }
    source = PyBytes_FromStringAndSize(NULL, n * 4);
    if (source == NULL) goto done;
    uint32_t *cps = (uint32_t *)PyBytes_AS_STRING(source);
    read_cps(text, n, cps);
    /* runs <= kept characters and every hard boundary needs two deleted ones: at most n outputs */
    if (arrays_new(&a, n, &o) < 0) goto done;
    Py_BEGIN_ALLOW_THREADS
    m = fold_core(cps, n, (const uint32_t *)fold_buf.buf, (const uint8_t *)gap_buf.buf, max_noise, max_chars, &o);
    Py_END_ALLOW_THREADS
    folded = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, o.out, m);
    if (folded == NULL) goto done;
    if (arrays_shrink(&a, m) < 0) {
        Py_DECREF(folded);
        goto done;
    }
    result = PyTuple_Pack(6, folded, a.out, a.starts, a.ends, a.runs, source);
    Py_DECREF(folded);
done:
    arrays_clear(&a);
    Py_XDECREF(source);
    PyBuffer_Release(&fold_buf);
    PyBuffer_Release(&gap_buf);
    return result;
}

static uint64_t table_mask(const uint32_t *cps, Py_ssize_t lo, Py_ssize_t hi, const uint8_t *table) {
    uint64_t mask = 0;
    for (Py_ssize_t i = lo; i < hi; i++) {
        uint8_t v = table[cps[i]];
        if (v < 64) mask |= (uint64_t)1 << v;
    }
    return mask;
}

/* Clamp [lo, hi) to [0, n) as a Python slice with non-negative bounds does. */
static void clamp(Py_ssize_t n, Py_ssize_t *lo, Py_ssize_t *hi) {
    if (*lo < 0) *lo = 0;
    if (*hi > n) *hi = n;
    if (*hi < *lo) *hi = *lo;
}

static PyObject *fold_cps_mask(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer cps_buf, table_buf;
    Py_ssize_t lo, hi;
    if (!PyArg_ParseTuple(args, "y*y*nn:cps_mask", &cps_buf, &table_buf, &lo, &hi)) return NULL;
    PyObject *result = NULL;
    if (check_table(&table_buf, 1, "value") == 0) {
        const uint32_t *cps = (const uint32_t *)cps_buf.buf;
        Py_ssize_t n = cps_buf.len / 4;
        clamp(n, &lo, &hi);
        for (Py_ssize_t i = lo; i < hi; i++) {
            if (cps[i] >= N_CODEPOINTS) {
                PyErr_SetString(PyExc_ValueError, "code point out of range");
                goto done;
            }
        }
        result = PyLong_FromUnsignedLongLong(table_mask(cps, lo, hi, (const uint8_t *)table_buf.buf));
    }
done:
    PyBuffer_Release(&cps_buf);
    PyBuffer_Release(&table_buf);
    return result;
}

static PyObject *fold_str_mask(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text;
    Py_buffer table_buf;
    Py_ssize_t lo, hi;
    if (!PyArg_ParseTuple(args, "Uy*nn:str_mask", &text, &table_buf, &lo, &hi)) return NULL;
    PyObject *result = NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) {
        PyBuffer_Release(&table_buf);
        return NULL;
    }
#endif
    if (check_table(&table_buf, 1, "value") == 0) {
        const uint8_t *table = (const uint8_t *)table_buf.buf;
        int kind = PyUnicode_KIND(text);
        const void *data = PyUnicode_DATA(text);
        uint64_t mask = 0;
        clamp(PyUnicode_GET_LENGTH(text), &lo, &hi);
        for (Py_ssize_t i = lo; i < hi; i++) {
            uint8_t v = table[PyUnicode_READ(kind, data, i)];
            if (v < 64) mask |= (uint64_t)1 << v;
        }
        result = PyLong_FromUnsignedLongLong(mask);
    }
    PyBuffer_Release(&table_buf);
    return result;
}

/* flags_of(cps, table) -> (bytes, int): table[cps[i]] for every code point (uint8 table), and the OR of
 * them all (which flags occur anywhere in the text). */
static PyObject *fold_flags_of(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer cps_buf, table_buf;
    if (!PyArg_ParseTuple(args, "y*y*:flags_of", &cps_buf, &table_buf)) return NULL;
    PyObject *result = NULL, *out = NULL;
    if (check_table(&table_buf, 1, "flag") < 0) goto done;
    Py_ssize_t n = cps_buf.len / 4;
    const uint32_t *cps = (const uint32_t *)cps_buf.buf;
    const uint8_t *table = (const uint8_t *)table_buf.buf;
    out = PyBytes_FromStringAndSize(NULL, n);
    if (out == NULL) goto done;
    uint8_t *flags = (uint8_t *)PyBytes_AS_STRING(out);
    unsigned seen = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (cps[i] >= N_CODEPOINTS) {
            PyErr_SetString(PyExc_ValueError, "code point out of range");
            goto done;
        }
        flags[i] = table[cps[i]];
        seen |= flags[i];
    }
    result = Py_BuildValue("(OI)", out, seen);
done:
    Py_XDECREF(out);
    PyBuffer_Release(&cps_buf);
    PyBuffer_Release(&table_buf);
    return result;
}

/* span_count(flags, bit, starts, ends) -> bytes: int64 counts of the uint8 flags with a bit of `bit`
 * set in each [starts[k], ends[k]) (int64 arrays of one length, 0 <= start <= end <= len(flags)).
 * Short spans are counted directly; when they add up to more than the text, a prefix count is used. */
static PyObject *fold_span_count(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer flags_buf, starts_buf, ends_buf;
    unsigned int bit;
    if (!PyArg_ParseTuple(args, "y*Iy*y*:span_count", &flags_buf, &bit, &starts_buf, &ends_buf)) return NULL;
    PyObject *out = NULL;
    int64_t *prefix = NULL;
    const uint8_t *flags = (const uint8_t *)flags_buf.buf;
    const int64_t *starts = (const int64_t *)starts_buf.buf, *ends = (const int64_t *)ends_buf.buf;
    Py_ssize_t n = flags_buf.len, m = starts_buf.len / 8, total = 0;
    if (starts_buf.len != ends_buf.len || starts_buf.len % 8 != 0) {
        PyErr_SetString(PyExc_ValueError, "starts and ends must be int64 arrays of one length");
        goto done;
    }
    for (Py_ssize_t k = 0; k < m; k++) {
        if (starts[k] < 0 || starts[k] > ends[k] || ends[k] > n) {
            PyErr_SetString(PyExc_ValueError, "span out of range");
            goto done;
        }
        total += (Py_ssize_t)(ends[k] - starts[k]);
    }
    out = PyBytes_FromStringAndSize(NULL, m * 8);
    if (out == NULL) goto done;
    int64_t *counts = (int64_t *)PyBytes_AS_STRING(out);
    if (total <= n) {
        for (Py_ssize_t k = 0; k < m; k++) {
            int64_t c = 0;
            for (int64_t i = starts[k]; i < ends[k]; i++) c += (flags[i] & bit) != 0;
            counts[k] = c;
        }
        goto done;
    }
    prefix = (int64_t *)PyMem_Malloc((size_t)(n + 1) * sizeof(int64_t));
    if (prefix == NULL) {
        Py_CLEAR(out);
        PyErr_NoMemory();
        goto done;
    }
    prefix[0] = 0;
    for (Py_ssize_t i = 0; i < n; i++) prefix[i + 1] = prefix[i] + ((flags[i] & bit) != 0);
    for (Py_ssize_t k = 0; k < m; k++) counts[k] = prefix[ends[k]] - prefix[starts[k]];
done:
    PyMem_Free(prefix);
    PyBuffer_Release(&flags_buf);
    PyBuffer_Release(&starts_buf);
    PyBuffer_Release(&ends_buf);
    return out;
}

/* fold_str(cps, fold, breaker) -> str: every code point through the uint32 FOLD table, one character
 * for one (same offsets), the deleted ones (0) as `breaker`. */
static PyObject *fold_fold_str(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer cps_buf, fold_buf;
    unsigned int breaker;
    if (!PyArg_ParseTuple(args, "y*y*I:fold_str", &cps_buf, &fold_buf, &breaker)) return NULL;
    PyObject *result = NULL;
    if (check_table(&fold_buf, 4, "FOLD") < 0) goto done;
    if (breaker == 0 || breaker > 0x10FFFF) {
        PyErr_SetString(PyExc_ValueError, "breaker out of range");
        goto done;
    }
    Py_ssize_t n = cps_buf.len / 4;
    const uint32_t *cps = (const uint32_t *)cps_buf.buf, *fold = (const uint32_t *)fold_buf.buf;
    Py_UCS4 top = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (cps[i] >= N_CODEPOINTS) {
            PyErr_SetString(PyExc_ValueError, "code point out of range");
            goto done;
        }
        Py_UCS4 c = fold[cps[i]] ? fold[cps[i]] : breaker;
        if (c > 0x10FFFF) {
            PyErr_SetString(PyExc_ValueError, "FOLD value out of range");
            goto done;
        }
        if (c > top) top = c;
    }
    result = PyUnicode_New(n, top);
    if (result == NULL) goto done;
    int kind = PyUnicode_KIND(result);
    void *data = PyUnicode_DATA(result);
    for (Py_ssize_t i = 0; i < n; i++) PyUnicode_WRITE(kind, data, i, fold[cps[i]] ? fold[cps[i]] : breaker);
done:
    PyBuffer_Release(&cps_buf);
    PyBuffer_Release(&fold_buf);
    return result;
}

/* fan_out(pid, s, e, firsts, counts) -> (entry, s, e) as int64 bytes: hit k of pattern pid[k] becomes
 * the entries firsts[pid[k]] ... firsts[pid[k]] + counts[pid[k]] - 1, each with the hit's span (all
 * int64 arrays; pid, s and e of one length, firsts and counts indexed by pattern). */
static PyObject *fold_fan_out(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer b[5];
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*:fan_out", &b[0], &b[1], &b[2], &b[3], &b[4])) return NULL;
    PyObject *result = NULL, *entry = NULL, *s2 = NULL, *e2 = NULL;
    const int64_t *pid = (const int64_t *)b[0].buf, *s = (const int64_t *)b[1].buf, *e = (const int64_t *)b[2].buf;
    const int64_t *firsts = (const int64_t *)b[3].buf, *counts = (const int64_t *)b[4].buf;
    Py_ssize_t m = b[0].len / 8, n_patterns = (b[3].len < b[4].len ? b[3].len : b[4].len) / 8, total = 0;
    if (b[0].len % 8 || b[1].len != b[0].len || b[2].len != b[0].len || b[3].len % 8 || b[4].len % 8) {
        PyErr_SetString(PyExc_ValueError, "fan_out takes int64 arrays: pid, s, e of one length, firsts and counts");
        goto done;
    }
    for (Py_ssize_t k = 0; k < m; k++) {
        if (pid[k] < 0 || pid[k] >= n_patterns || counts[pid[k]] < 0) {
            PyErr_SetString(PyExc_ValueError, "pattern number out of range");
            goto done;
        }
        total += (Py_ssize_t)counts[pid[k]];
    }
    entry = PyBytes_FromStringAndSize(NULL, total * 8);
    s2 = PyBytes_FromStringAndSize(NULL, total * 8);
    e2 = PyBytes_FromStringAndSize(NULL, total * 8);
    if (entry == NULL || s2 == NULL || e2 == NULL) goto done;
    int64_t *oe = (int64_t *)PyBytes_AS_STRING(entry), *os = (int64_t *)PyBytes_AS_STRING(s2);
    int64_t *oz = (int64_t *)PyBytes_AS_STRING(e2);
    Py_ssize_t j = 0;
    for (Py_ssize_t k = 0; k < m; k++) {
        int64_t first = firsts[pid[k]], c = counts[pid[k]];
        for (int64_t x = 0; x < c; x++, j++) {
            oe[j] = first + x;
            os[j] = s[k];
            oz[j] = e[k];
        }
    }
    result = PyTuple_Pack(3, entry, s2, e2);
done:
    Py_XDECREF(entry);
    Py_XDECREF(s2);
    Py_XDECREF(e2);
    for (int i = 0; i < 5; i++) PyBuffer_Release(&b[i]);
    return result;
}

typedef struct {
    int64_t start, end, rank;
    Py_ssize_t index;
} Span;

/* By start, then the longer first, then the lower rank, then the earlier index (np.lexsort is stable). */
static int span_order(const void *x, const void *y) {
    const Span *a = (const Span *)x, *b = (const Span *)y;
    if (a->start != b->start) return a->start < b->start ? -1 : 1;
    if (a->end != b->end) return a->end > b->end ? -1 : 1;
    if (a->rank != b->rank) return a->rank < b->rank ? -1 : 1;
    return a->index < b->index ? -1 : (a->index > b->index);
}

/* Sort spans by span_order. Hits arrive nearly in order (by end, from the automaton), so an insertion sort
 * that gives up after a few moves per span is tried first; qsort does the rest. */
static void sort_spans(Span *spans, Py_ssize_t m) {
    Py_ssize_t moves = 0, budget = 8 * m + 64;
    for (Py_ssize_t k = 1; k < m; k++) {
        Span item = spans[k];
        Py_ssize_t j = k;
        while (j > 0 && span_order(&spans[j - 1], &item) > 0) {
            spans[j] = spans[j - 1];
            j--;
            if (++moves > budget) {
                spans[j] = item;
                qsort(spans, (size_t)m, sizeof(Span), span_order);
                return;
            }
        }
        spans[j] = item;
    }
}

/* The spans of three int64 buffers of one length (start, end, rank), index = position; NULL with an error set. */
static Span *read_spans(Py_buffer *b, Py_ssize_t *m) {
    *m = b[0].len / 8;
    if (b[0].len % 8 || b[1].len != b[0].len || b[2].len != b[0].len) {
        PyErr_SetString(PyExc_ValueError, "spans are int64 arrays of one length");
        return NULL;
    }
    Span *spans = (Span *)PyMem_Malloc((size_t)(*m ? *m : 1) * sizeof(Span));
    if (spans == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    const int64_t *start = (const int64_t *)b[0].buf, *end = (const int64_t *)b[1].buf;
    const int64_t *rank = (const int64_t *)b[2].buf;
    for (Py_ssize_t k = 0; k < *m; k++) spans[k] = (Span){start[k], end[k], rank[k], k};
    sort_spans(spans, *m);
    return spans;
}

/* span_order(start, end, rank) -> int64 bytes: the positions in np.lexsort((position, rank, -end, start)) order. */
static PyObject *fold_span_order(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer b[3];
    if (!PyArg_ParseTuple(args, "y*y*y*:span_order", &b[0], &b[1], &b[2])) return NULL;
    PyObject *out = NULL;
    Py_ssize_t m;
    Span *spans = read_spans(b, &m);
    if (spans != NULL && (out = PyBytes_FromStringAndSize(NULL, m * 8)) != NULL) {
        int64_t *order = (int64_t *)PyBytes_AS_STRING(out);
        for (Py_ssize_t k = 0; k < m; k++) order[k] = spans[k].index;
    }
    PyMem_Free(spans);
    for (int i = 0; i < 3; i++) PyBuffer_Release(&b[i]);
    return out;
}

/* outermost(start, end, rank) -> int64 bytes: hitfilters.outermost, the indices of the spans not inside a
 * longer span, one per span (the lowest rank), ordered by start (int64 arrays of one length). */
static PyObject *fold_outermost(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer b[3];
    if (!PyArg_ParseTuple(args, "y*y*y*:outermost", &b[0], &b[1], &b[2])) return NULL;
    PyObject *out = NULL;
    Py_ssize_t m, kept = 0;
    Span *spans = read_spans(b, &m);
    if (spans == NULL) goto done;
    out = PyBytes_FromStringAndSize(NULL, m * 8);
    if (out == NULL) goto done;
    int64_t *found = (int64_t *)PyBytes_AS_STRING(out), reach = 0;
    for (Py_ssize_t k = 0; k < m; k++) {
        int keep = k == 0 || ((spans[k].start != spans[k - 1].start || spans[k].end != spans[k - 1].end)
                              && reach < spans[k].end);
        if (keep) found[kept++] = spans[k].index;
        if (k == 0 || spans[k].end > reach) reach = spans[k].end;
    }
    if (_PyBytes_Resize(&out, kept * 8) < 0) out = NULL;
done:
    PyMem_Free(spans);
    for (int i = 0; i < 3; i++) PyBuffer_Release(&b[i]);
    return out;
}

/* One term cut by pypinyin's maximum forward match in its strict mode (mmseg.Seg.cut with
 * no_non_phrases=True): at each place the longest phrase reached through known prefixes, else one
 * character; where the whole rest is a known prefix holding no phrase from its start, one word per
 * character. Appends the words to out; -1 on error. */
static int mm_cut_one(PyObject *text, PyObject *prefixes, PyObject *phrases, PyObject *out) {
    int whole = PyDict_Contains(phrases, text);
    if (whole < 0) return -1;
    if (whole) return PyList_Append(out, text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), p = 0;
    while (p < n) {
        Py_ssize_t best = 0, k = p + 1;
        for (; k <= n; k++) {
            PyObject *word = PyUnicode_Substring(text, p, k);
            if (word == NULL) return -1;
            int known = PySet_Contains(prefixes, word);
            int phrase = known == 1 ? PyDict_Contains(phrases, word) : 0;
            Py_DECREF(word);
            if (known < 0 || phrase < 0) return -1;
            if (!known) break;
            if (phrase) best = k;
        }
        Py_ssize_t stop = best ? best : p + 1;
        int each = !best && k > n;
        do {
            PyObject *word = PyUnicode_Substring(text, p, stop);
            if (word == NULL || PyList_Append(out, word) < 0) {
                Py_XDECREF(word);
                return -1;
            }
            Py_DECREF(word);
            p = stop++;
        } while (each && p < n);
    }
    return 0;
}

/* mm_cut(terms, prefixes, phrases) -> list of word lists: phonetics._cut_py of each term (str list, set,
 * dict). */
static PyObject *fold_mm_cut(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *terms, *prefixes, *phrases;
    if (!PyArg_ParseTuple(args, "O!O!O!:mm_cut", &PyList_Type, &terms, &PySet_Type, &prefixes, &PyDict_Type,
                          &phrases))
        return NULL;
    Py_ssize_t m = PyList_GET_SIZE(terms);
    PyObject *out = PyList_New(m);
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < m; i++) {
        PyObject *text = PyList_GET_ITEM(terms, i), *words = PyList_New(0);
        if (words == NULL) goto fail;
        PyList_SET_ITEM(out, i, words);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "mm_cut takes a list of str");
            goto fail;
        }
        if (mm_cut_one(text, prefixes, phrases, words) < 0) goto fail;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* collapse_runs(texts) -> (texts, runs): compiler._fold_ascii of each str: repeats of a character collapsed
 * to one, with each kept character's run length (a tuple of ints); a text without repeats comes back as
 * the same object. */
static PyObject *fold_collapse_runs(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *texts;
    if (!PyArg_ParseTuple(args, "O!:collapse_runs", &PyList_Type, &texts)) return NULL;
    Py_ssize_t m = PyList_GET_SIZE(texts);
    PyObject *folded = PyList_New(m), *runs = PyList_New(m), *one = PyLong_FromLong(1);
    Py_UCS4 *buf = NULL;
    if (folded == NULL || runs == NULL || one == NULL) goto fail;
    for (Py_ssize_t i = 0; i < m; i++) {
        PyObject *text = PyList_GET_ITEM(texts, i);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "collapse_runs takes a list of str");
            goto fail;
        }
        Py_ssize_t n = PyUnicode_GET_LENGTH(text), kept = 0;
        int kind = PyUnicode_KIND(text);
        const void *data = PyUnicode_DATA(text);
        for (Py_ssize_t j = 0; j < n; j++)
            kept += j == 0 || PyUnicode_READ(kind, data, j) != PyUnicode_READ(kind, data, j - 1);
        PyObject *lens = PyTuple_New(kept);
        if (lens == NULL) goto fail;
        PyList_SET_ITEM(runs, i, lens);
        if (kept == n) {
            for (Py_ssize_t j = 0; j < n; j++) {
                Py_INCREF(one);
                PyTuple_SET_ITEM(lens, j, one);
            }
            PyObject_GC_UnTrack(lens);  /* ints only: no cycle (what the collector's first pass would do) */
            Py_INCREF(text);
            PyList_SET_ITEM(folded, i, text);
            continue;
        }
        PyMem_Free(buf);
        buf = (Py_UCS4 *)PyMem_Malloc((size_t)(kept ? kept : 1) * sizeof(Py_UCS4));
        if (buf == NULL) {
            PyErr_NoMemory();
            goto fail;
        }
        Py_ssize_t k = -1, start = 0;
        for (Py_ssize_t j = 0; j <= n; j++) {
            if (j < n && j > 0 && PyUnicode_READ(kind, data, j) == PyUnicode_READ(kind, data, j - 1)) continue;
            if (k >= 0) {
                PyObject *len = PyLong_FromSsize_t(j - start);
                if (len == NULL) goto fail;
                PyTuple_SET_ITEM(lens, k, len);
            }
            if (j < n) buf[++k] = PyUnicode_READ(kind, data, j);
            start = j;
        }
        PyObject_GC_UnTrack(lens);
        PyObject *out = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, kept);
        if (out == NULL) goto fail;
        PyList_SET_ITEM(folded, i, out);
    }
    PyMem_Free(buf);
    Py_DECREF(one);
    PyObject *pair = PyTuple_Pack(2, folded, runs);
    Py_DECREF(folded);
    Py_DECREF(runs);
    return pair;
fail:
    PyMem_Free(buf);
    Py_XDECREF(folded);
    Py_XDECREF(runs);
    Py_XDECREF(one);
    return NULL;
}

/* text[:i] + sub + text[i + 1:] built in one piece through the UCS4 buffer *buf (grown as needed). */
static PyObject *spliced(PyObject *text, Py_ssize_t i, PyObject *sub, Py_UCS4 **buf, Py_ssize_t *cap) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), s = PyUnicode_GET_LENGTH(sub), len = n - 1 + s;
    if (len > *cap) {
        Py_UCS4 *grown = (Py_UCS4 *)PyMem_Realloc(*buf, (size_t)(len ? len : 1) * 2 * sizeof(Py_UCS4));
        if (grown == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
        *buf = grown;
        *cap = (len ? len : 1) * 2;
    }
    int tk = PyUnicode_KIND(text), sk = PyUnicode_KIND(sub);
    const void *td = PyUnicode_DATA(text), *sd = PyUnicode_DATA(sub);
    Py_UCS4 *out = *buf;
    for (Py_ssize_t j = 0; j < i; j++) *out++ = PyUnicode_READ(tk, td, j);
    for (Py_ssize_t j = 0; j < s; j++) *out++ = PyUnicode_READ(sk, sd, j);
    for (Py_ssize_t j = i + 1; j < n; j++) *out++ = PyUnicode_READ(tk, td, j);
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, *buf, len);
}

/* splice(texts, subs, min_len) -> (patterns, owners): for each text k and each place i where a substitute
 * of at least min_len characters is found, text[:i] + substitute + text[i + 1:] (in order), with k in the
 * int64 bytes owners. subs is a dict (character -> substitute, absent: none) or a list holding, per text,
 * a list of one substitute per character. */
static PyObject *fold_splice(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *texts, *subs;
    Py_ssize_t min_len;
    if (!PyArg_ParseTuple(args, "O!On:splice", &PyList_Type, &texts, &subs, &min_len)) return NULL;
    int by_char = PyDict_CheckExact(subs);
    Py_ssize_t m = PyList_GET_SIZE(texts);
    if (!by_char && !(PyList_CheckExact(subs) && PyList_GET_SIZE(subs) == m)) {
        PyErr_SetString(PyExc_TypeError, "splice takes a dict or a list of one list per text");
        return NULL;
    }
    PyObject *patterns = PyList_New(0), *owners = NULL;
    int64_t *own = NULL;
    Py_UCS4 *buf = NULL;
    Py_ssize_t buf_cap = 0;
    Py_ssize_t n_own = 0, cap = 0;
    if (patterns == NULL) return NULL;
    for (Py_ssize_t k = 0; k < m; k++) {
        PyObject *text = PyList_GET_ITEM(texts, k), *row = by_char ? NULL : PyList_GET_ITEM(subs, k);
        if (!PyUnicode_Check(text) || (row != NULL && !PyList_CheckExact(row))) {
            PyErr_SetString(PyExc_TypeError, "splice takes str texts and lists of substitutes");
            goto fail;
        }
        Py_ssize_t n = PyUnicode_GET_LENGTH(text);
        if (row != NULL && PyList_GET_SIZE(row) != n) {
            PyErr_SetString(PyExc_ValueError, "splice: one substitute per character");
            goto fail;
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *sub;
            if (by_char) {
                PyObject *ch = PyUnicode_Substring(text, i, i + 1);
                if (ch == NULL) goto fail;
                sub = PyDict_GetItemWithError(subs, ch);
                Py_DECREF(ch);
                if (sub == NULL && PyErr_Occurred()) goto fail;
            } else {
                sub = PyList_GET_ITEM(row, i);
            }
            if (sub == NULL || !PyUnicode_Check(sub) || PyUnicode_GET_LENGTH(sub) < min_len) continue;
            PyObject *whole = spliced(text, i, sub, &buf, &buf_cap);
            if (whole == NULL) goto fail;
            int bad = PyList_Append(patterns, whole);
            Py_DECREF(whole);
            if (bad < 0) goto fail;
            if (n_own == cap) {
                cap = cap ? 2 * cap : 1024;
                int64_t *grown = (int64_t *)PyMem_Realloc(own, (size_t)cap * sizeof(int64_t));
                if (grown == NULL) {
                    PyErr_NoMemory();
                    goto fail;
                }
                own = grown;
            }
            own[n_own++] = k;
        }
    }
    owners = PyBytes_FromStringAndSize((const char *)own, n_own * 8);
    PyMem_Free(own);
    PyMem_Free(buf);
    if (owners == NULL) {
        Py_DECREF(patterns);
        return NULL;
    }
    PyObject *pair = PyTuple_Pack(2, patterns, owners);
    Py_DECREF(patterns);
    Py_DECREF(owners);
    return pair;
fail:
    PyMem_Free(own);
    PyMem_Free(buf);
    Py_DECREF(patterns);
    return NULL;
}

/* A hash of a str's code units (equal strs have equal kinds, so equal units): 8 bytes at a time. */
static uint64_t units_hash(const char *data, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, data + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    if (i < n) {
        uint64_t w = 0;
        memcpy(&w, data + i, n - i);
        h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    }
    h ^= h >> 29;
    return h * 0xFF51AFD7ED558CCDull ^ (h >> 32);
}

/* first_numbers(patterns, order) -> (ids, strings): the patterns taken in order (int64 bytes of indices),
 * each numbered by its first appearance; ids (int64 bytes) are those numbers in that order, strings the
 * distinct patterns by number. A table of its own (a str's code units hashed and compared), no dict and
 * no int objects. */
static PyObject *fold_first_numbers(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *patterns;
    Py_buffer order;
    if (!PyArg_ParseTuple(args, "O!y*:first_numbers", &PyList_Type, &patterns, &order)) return NULL;
    Py_ssize_t m = order.len / 8, n = PyList_GET_SIZE(patterns);
    PyObject *strings = NULL, *ids = NULL;
    int64_t *slots = NULL;  /* open addressing: number of the distinct str there, or -1 */
    uint64_t *hashes = NULL; /* per number */
    PyObject **firsts = NULL; /* per number: the str */
    if (order.len % 8) {
        PyErr_SetString(PyExc_ValueError, "first_numbers takes int64 indices");
        goto fail;
    }
    size_t cap = 16;
    while (cap < 2 * (size_t)m) cap *= 2;
    slots = malloc(sizeof(int64_t) * cap);
    hashes = malloc(sizeof(uint64_t) * ((size_t)m + 1));
    firsts = malloc(sizeof(PyObject *) * ((size_t)m + 1));
    ids = PyBytes_FromStringAndSize(NULL, m * 8);
    if (slots == NULL || hashes == NULL || firsts == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    if (ids == NULL) goto fail;
    memset(slots, 0xFF, sizeof(int64_t) * cap);
    int64_t *out = (int64_t *)PyBytes_AS_STRING(ids);
    int64_t distinct = 0;
    const char *at = (const char *)order.buf;
    for (Py_ssize_t k = 0; k < m; k++) {
        int64_t idx;
        memcpy(&idx, at + 8 * k, 8);
        if (idx < 0 || idx >= n) {
            PyErr_SetString(PyExc_IndexError, "first_numbers: index out of range");
            goto fail;
        }
        PyObject *p = PyList_GET_ITEM(patterns, idx);
        if (!PyUnicode_CheckExact(p)) {
            PyErr_SetString(PyExc_TypeError, "first_numbers takes a list of str");
            goto fail;
        }
        int kind = PyUnicode_KIND(p);
        Py_ssize_t len = PyUnicode_GET_LENGTH(p);
        const char *data = PyUnicode_DATA(p);
        size_t nbytes = (size_t)len * (size_t)kind;
        uint64_t h = units_hash(data, nbytes);
        size_t slot = (size_t)h & (cap - 1);
        for (;;) {
            int64_t found = slots[slot];
            if (found < 0) {
                slots[slot] = distinct;
                hashes[distinct] = h;
                firsts[distinct] = p;
                out[k] = distinct++;
                break;
            }
            PyObject *q = firsts[found];
            if (hashes[found] == h && PyUnicode_GET_LENGTH(q) == len && PyUnicode_KIND(q) == kind &&
                memcmp(PyUnicode_DATA(q), data, nbytes) == 0) {
                out[k] = found;
                break;
            }
            slot = (slot + 1) & (cap - 1);
        }
    }
    strings = PyList_New(distinct);
    if (strings == NULL) goto fail;
    for (int64_t d = 0; d < distinct; d++) {
        Py_INCREF(firsts[d]);
        PyList_SET_ITEM(strings, d, firsts[d]);
    }
    PyBuffer_Release(&order);
    free(slots);
    free(hashes);
    free(firsts);
    PyObject *pair = PyTuple_Pack(2, ids, strings);
    Py_DECREF(ids);
    Py_DECREF(strings);
    return pair;
fail:
    PyBuffer_Release(&order);
    free(slots);
    free(hashes);
    free(firsts);
    Py_XDECREF(strings);
    Py_XDECREF(ids);
    return NULL;
}

/* join_lists(cuts, memo) -> per cut (a list of words): memo[word] itself for a one-word cut, else the
 * concatenation of memo[word] (lists) over its words, as a new list. */
static PyObject *fold_join_lists(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *cuts, *memo;
    if (!PyArg_ParseTuple(args, "O!O!:join_lists", &PyList_Type, &cuts, &PyDict_Type, &memo)) return NULL;
    Py_ssize_t m = PyList_GET_SIZE(cuts);
    PyObject *out = PyList_New(m);
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < m; i++) {
        PyObject *cut = PyList_GET_ITEM(cuts, i);
        if (!PyList_Check(cut)) {
            PyErr_SetString(PyExc_TypeError, "join_lists takes a list of lists");
            goto fail;
        }
        Py_ssize_t w = PyList_GET_SIZE(cut);
        PyObject *joined = NULL;
        for (Py_ssize_t k = 0; k < w; k++) {
            PyObject *part = PyDict_GetItemWithError(memo, PyList_GET_ITEM(cut, k));
            if (part == NULL) {
                if (!PyErr_Occurred()) PyErr_SetObject(PyExc_KeyError, PyList_GET_ITEM(cut, k));
                Py_XDECREF(joined);
                goto fail;
            }
            if (!PyList_Check(part)) {
                PyErr_SetString(PyExc_TypeError, "join_lists: memo values must be lists");
                Py_XDECREF(joined);
                goto fail;
            }
            if (w == 1) {
                Py_INCREF(part);
                joined = part;
            } else if (joined == NULL) {
                joined = PyList_GetSlice(part, 0, PyList_GET_SIZE(part));
                if (joined == NULL) goto fail;
            } else if (PyList_SetSlice(joined, PyList_GET_SIZE(joined), PyList_GET_SIZE(joined), part) < 0) {
                Py_DECREF(joined);
                goto fail;
            }
        }
        if (joined == NULL && (joined = PyList_New(0)) == NULL) goto fail;
        PyList_SET_ITEM(out, i, joined);
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* expand_runs(texts, runs) -> each text with its k-th character written runs[k] times (a tuple of ints per
 * text, one per character). */
static PyObject *fold_expand_runs(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *texts, *runs;
    if (!PyArg_ParseTuple(args, "O!O!:expand_runs", &PyList_Type, &texts, &PyList_Type, &runs)) return NULL;
    Py_ssize_t m = PyList_GET_SIZE(texts), cap = 0;
    if (PyList_GET_SIZE(runs) != m) {
        PyErr_SetString(PyExc_ValueError, "expand_runs: one run tuple per text");
        return NULL;
    }
    PyObject *out = PyList_New(m);
    Py_UCS4 *buf = NULL;
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < m; i++) {
        PyObject *text = PyList_GET_ITEM(texts, i), *lens = PyList_GET_ITEM(runs, i);
        if (!PyUnicode_Check(text) || !PyTuple_Check(lens) || PyTuple_GET_SIZE(lens) != PyUnicode_GET_LENGTH(text)) {
            PyErr_SetString(PyExc_ValueError, "expand_runs takes str texts and one int per character");
            goto fail;
        }
        Py_ssize_t n = PyUnicode_GET_LENGTH(text), total = 0;
        for (Py_ssize_t k = 0; k < n; k++) {
            Py_ssize_t r = PyLong_AsSsize_t(PyTuple_GET_ITEM(lens, k));
            if (r == -1 && PyErr_Occurred()) goto fail;
            if (r > 0) total += r;
        }
        if (total > cap) {
            cap = 2 * total;
            Py_UCS4 *grown = (Py_UCS4 *)PyMem_Realloc(buf, (size_t)cap * sizeof(Py_UCS4));
            if (grown == NULL) {
                PyErr_NoMemory();
                goto fail;
            }
            buf = grown;
        }
        int kind = PyUnicode_KIND(text);
        const void *data = PyUnicode_DATA(text);
        Py_ssize_t at = 0;
        for (Py_ssize_t k = 0; k < n; k++) {
            Py_ssize_t r = PyLong_AsSsize_t(PyTuple_GET_ITEM(lens, k));
            Py_UCS4 c = PyUnicode_READ(kind, data, k);
            for (Py_ssize_t j = 0; j < r; j++) buf[at++] = c;
        }
        PyObject *spelled = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf ? buf : (Py_UCS4 *)"", at);
        if (spelled == NULL) goto fail;
        PyList_SET_ITEM(out, i, spelled);
    }
    PyMem_Free(buf);
    return out;
fail:
    PyMem_Free(buf);
    Py_DECREF(out);
    return NULL;
}

/* slice_runs(text, runs, lo, hi) -> [(text[a:b], tuple(runs[a:b])) for a, b in zip(lo, hi)] (runs, lo, hi:
 * int64 arrays; lo and hi of one length, each a <= b within text). */
static PyObject *fold_slice_runs(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text, *out = NULL;
    Py_buffer b[3];
    if (!PyArg_ParseTuple(args, "Uy*y*y*:slice_runs", &text, &b[0], &b[1], &b[2])) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), m = b[1].len / 8;
    if (b[0].len != n * 8 || b[1].len % 8 || b[2].len != b[1].len) {
        PyErr_SetString(PyExc_ValueError, "slice_runs takes one int64 run per character and int64 bounds");
        goto done;
    }
    const int64_t *runs = (const int64_t *)b[0].buf, *lo = (const int64_t *)b[1].buf, *hi = (const int64_t *)b[2].buf;
    out = PyList_New(m);
    if (out == NULL) goto done;
    for (Py_ssize_t i = 0; i < m; i++) {
        if (lo[i] < 0 || hi[i] < lo[i] || hi[i] > n) {
            PyErr_SetString(PyExc_IndexError, "slice_runs: bounds out of range");
            Py_CLEAR(out);
            goto done;
        }
        PyObject *piece = PyUnicode_Substring(text, lo[i], hi[i]), *lens = PyTuple_New(hi[i] - lo[i]);
        PyObject *pair = piece && lens ? PyTuple_Pack(2, piece, lens) : NULL;
        for (Py_ssize_t k = lo[i]; lens && k < hi[i]; k++) {
            PyObject *len = PyLong_FromLongLong(runs[k]);
            if (len == NULL) {
                Py_CLEAR(pair);
                break;
            }
            PyTuple_SET_ITEM(lens, k - lo[i], len);
        }
        if (pair != NULL) PyObject_GC_UnTrack(lens);  /* ints only: no cycle */
        Py_XDECREF(piece);
        Py_XDECREF(lens);
        if (pair == NULL) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, i, pair);
    }
done:
    for (int i = 0; i < 3; i++) PyBuffer_Release(&b[i]);
    return out;
}

/* flatten_ints(tuples) -> (values, lengths): the ints of a list of tuples of ints one after another, and
 * each tuple's length (both int64 bytes). */
static PyObject *fold_flatten_ints(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *tuples;
    if (!PyArg_ParseTuple(args, "O!:flatten_ints", &PyList_Type, &tuples)) return NULL;
    Py_ssize_t m = PyList_GET_SIZE(tuples), total = 0;
    for (Py_ssize_t i = 0; i < m; i++) {
        PyObject *t = PyList_GET_ITEM(tuples, i);
        if (!PyTuple_Check(t)) {
            PyErr_SetString(PyExc_TypeError, "flatten_ints takes a list of tuples");
            return NULL;
        }
        total += PyTuple_GET_SIZE(t);
    }
    PyObject *values = PyBytes_FromStringAndSize(NULL, total * 8), *lengths = PyBytes_FromStringAndSize(NULL, m * 8);
    if (values == NULL || lengths == NULL) goto fail;
    int64_t *v = (int64_t *)PyBytes_AS_STRING(values), *len = (int64_t *)PyBytes_AS_STRING(lengths);
    for (Py_ssize_t i = 0; i < m; i++) {
        PyObject *t = PyList_GET_ITEM(tuples, i);
        Py_ssize_t n = PyTuple_GET_SIZE(t);
        len[i] = n;
        for (Py_ssize_t k = 0; k < n; k++) {
            long long x = PyLong_AsLongLong(PyTuple_GET_ITEM(t, k));
            if (x == -1 && PyErr_Occurred()) goto fail;
            *v++ = (int64_t)x;
        }
    }
    PyObject *pair = PyTuple_Pack(2, values, lengths);
    Py_DECREF(values);
    Py_DECREF(lengths);
    return pair;
fail:
    Py_XDECREF(values);
    Py_XDECREF(lengths);
    return NULL;
}

/* map_join(lists, mapping, keep) -> (mapped, joined): each list of str with every item replaced by
 * mapping[item] (mapping None: kept as it is), joined into one str; mapped holds the mapped lists when keep
 * is true, else it is None. */
static PyObject *fold_map_join(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *lists, *mapping;
    int keep;
    if (!PyArg_ParseTuple(args, "O!Op:map_join", &PyList_Type, &lists, &mapping, &keep)) return NULL;
    if (mapping != Py_None && !PyDict_CheckExact(mapping)) {
        PyErr_SetString(PyExc_TypeError, "map_join takes a dict or None");
        return NULL;
    }
    Py_ssize_t m = PyList_GET_SIZE(lists);
    PyObject *mapped = keep ? PyList_New(m) : Py_NewRef(Py_None), *joined = PyList_New(m);
    PyObject *empty = PyUnicode_FromStringAndSize(NULL, 0);
    if (mapped == NULL || joined == NULL || empty == NULL) goto fail;
    for (Py_ssize_t i = 0; i < m; i++) {
        PyObject *items = PyList_GET_ITEM(lists, i);
        if (!PyList_Check(items)) {
            PyErr_SetString(PyExc_TypeError, "map_join takes a list of lists");
            goto fail;
        }
        Py_ssize_t n = PyList_GET_SIZE(items);
        PyObject *row = PyList_New(n);
        if (row == NULL) goto fail;
        for (Py_ssize_t k = 0; k < n; k++) {
            PyObject *item = PyList_GET_ITEM(items, k), *to = item;
            if (mapping != Py_None) {
                to = PyDict_GetItemWithError(mapping, item);
                if (to == NULL) {
                    if (!PyErr_Occurred()) PyErr_SetObject(PyExc_KeyError, item);
                    Py_DECREF(row);
                    goto fail;
                }
            }
            PyList_SET_ITEM(row, k, Py_NewRef(to));
        }
        PyObject *text = PyUnicode_Join(empty, row);
        if (text == NULL) {
            Py_DECREF(row);
            goto fail;
        }
        PyList_SET_ITEM(joined, i, text);
        if (keep)
            PyList_SET_ITEM(mapped, i, row);
        else
            Py_DECREF(row);
    }
    Py_DECREF(empty);
    PyObject *pair = PyTuple_Pack(2, mapped, joined);
    Py_DECREF(mapped);
    Py_DECREF(joined);
    return pair;
fail:
    Py_XDECREF(mapped);
    Py_XDECREF(joined);
    Py_XDECREF(empty);
    return NULL;
}

/* line_heads(text, size) -> the first space-separated fields of exactly size characters of the lines of
 * text (cut at \n), in order; None when text has a line break str.splitlines() knows other than \n. */
static PyObject *fold_line_heads(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text;
    Py_ssize_t size;
    if (!PyArg_ParseTuple(args, "Un:line_heads", &text, &size)) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 ||
            c == 0x2029)
            Py_RETURN_NONE;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    Py_ssize_t start = 0;
    while (start <= n) {
        Py_ssize_t end = start;
        while (end < n && PyUnicode_READ(kind, data, end) != '\n') end++;
        Py_ssize_t field = start;
        while (field < end && PyUnicode_READ(kind, data, field) != ' ') field++;
        if (field - start == size && end > start) {
            PyObject *head = PyUnicode_Substring(text, start, field);
            if (head == NULL || PyList_Append(out, head) < 0) {
                Py_XDECREF(head);
                Py_DECREF(out);
                return NULL;
            }
            Py_DECREF(head);
        }
        start = end + 1;
    }
    return out;
}

/* Append ``n`` bytes to the growing buffer (*buf, *len, *cap); 0 when out of memory. */
static int put_bytes(char **buf, size_t *len, size_t *cap, const char *data, size_t n) {
    if (*len + n > *cap) {
        size_t want = *cap ? *cap : 1 << 16;
        while (want < *len + n) want *= 2;
        char *grown = realloc(*buf, want);
        if (grown == NULL) return 0;
        *buf = grown;
        *cap = want;
    }
    memcpy(*buf + *len, data, n);
    *len += n;
    return 1;
}

/* key_fields(objects, names, flag) -> bytes, or None where some field is not what it should be: for each
 * object, each attribute in ``names`` (str or None, written as f"{value}" writes it) followed by 0x1F, then
 * attribute ``flag`` (a bool, written 0 or 1) and 0x1E; UTF-8. What the matcher cache key hashes. */
static PyObject *fold_key_fields(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *objects, *names, *flag;
    if (!PyArg_ParseTuple(args, "O!O!U:key_fields", &PyList_Type, &objects, &PyTuple_Type, &names, &flag))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(objects), m = PyTuple_GET_SIZE(names);
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int ok = 1;
    for (Py_ssize_t i = 0; ok && i < n; i++) {
        PyObject *obj = PyList_GET_ITEM(objects, i);
        for (Py_ssize_t k = 0; ok && k <= m; k++) {
            PyObject *value = PyObject_GetAttr(obj, k < m ? PyTuple_GET_ITEM(names, k) : flag);
            if (value == NULL) {
                ok = 0;
                break;
            }
            if (k == m) {
                ok = PyBool_Check(value) && put_bytes(&buf, &len, &cap, value == Py_True ? "1\x1e" : "0\x1e", 2);
            } else if (value == Py_None) {
                ok = put_bytes(&buf, &len, &cap, "None\x1f", 5);
            } else if (PyUnicode_CheckExact(value)) {
                Py_ssize_t size;
                const char *utf8 = PyUnicode_AsUTF8AndSize(value, &size);
                ok = utf8 != NULL && put_bytes(&buf, &len, &cap, utf8, (size_t)size) &&
                     put_bytes(&buf, &len, &cap, "\x1f", 1);
            } else {
                ok = 0;
            }
            Py_DECREF(value);
        }
    }
    if (!ok) {
        free(buf);
        PyErr_Clear(); /* the Python path says what is wrong, if anything */
        Py_RETURN_NONE;
    }
    PyObject *out = PyBytes_FromStringAndSize(buf, (Py_ssize_t)len);
    free(buf);
    return out;
}

static PyMethodDef methods[] = {
    {"normalize", fold_normalize, METH_VARARGS,
     "normalize(text, fold, gap, max_noise, max_chars) -> (text, cps, starts, ends, runs, source_cps)"},
    {"cps_mask", fold_cps_mask, METH_VARARGS,
     "cps_mask(cps, table, lo, hi) -> bit mask of table[cps[lo:hi]] (uint32 code points, uint8 table)"},
    {"str_mask", fold_str_mask, METH_VARARGS,
     "str_mask(text, table, lo, hi) -> bit mask of table[ord(c)] for c in text[lo:hi] (uint8 table)"},
    {"flags_of", fold_flags_of, METH_VARARGS,
     "flags_of(cps, table) -> (table[cps] as bytes, OR of them all) (uint32 code points, uint8 table)"},
    {"span_count", fold_span_count, METH_VARARGS,
     "span_count(flags, bit, starts, ends) -> int64 counts (bytes) of flags & bit in each [start, end)"},
    {"fold_str", fold_fold_str, METH_VARARGS,
     "fold_str(cps, fold, breaker) -> str of fold[cps] with deleted code points as breaker"},
    {"fan_out", fold_fan_out, METH_VARARGS,
     "fan_out(pid, s, e, firsts, counts) -> (entry, s, e): every entry of each found pattern (int64 bytes)"},
    {"span_order", fold_span_order, METH_VARARGS,
     "span_order(start, end, rank) -> int64 positions (bytes) by start, the longer first, the lower rank, position"},
    {"outermost", fold_outermost, METH_VARARGS,
     "outermost(start, end, rank) -> int64 indices (bytes) of the spans not inside a longer one, by start"},
    {"mm_cut", fold_mm_cut, METH_VARARGS,
     "mm_cut(terms, prefixes, phrases) -> each term's words by pypinyin's strict maximum forward match"},
    {"collapse_runs", fold_collapse_runs, METH_VARARGS,
     "collapse_runs(texts) -> (texts with repeats collapsed, run-length tuples)"},
    {"splice", fold_splice, METH_VARARGS,
     "splice(texts, subs, min_len) -> (each text with one character substituted, int64 owner bytes)"},
    {"first_numbers", fold_first_numbers, METH_VARARGS,
     "first_numbers(patterns, order) -> (int64 bytes of each pattern's number by first appearance, distinct)"},
    {"join_lists", fold_join_lists, METH_VARARGS,
     "join_lists(cuts, memo) -> per cut, memo[word] for one word, else the concatenated memo lists"},
    {"expand_runs", fold_expand_runs, METH_VARARGS,
     "expand_runs(texts, runs) -> each text with its characters repeated by their run lengths"},
    {"slice_runs", fold_slice_runs, METH_VARARGS,
     "slice_runs(text, runs, lo, hi) -> [(text[a:b], tuple(runs[a:b]))] for the int64 bounds"},
    {"flatten_ints", fold_flatten_ints, METH_VARARGS,
     "flatten_ints(tuples) -> (int64 bytes of all the ints in order, int64 bytes of each tuple's length)"},
    {"map_join", fold_map_join, METH_VARARGS,
     "map_join(lists, mapping, keep) -> (the lists mapped item by item or None, each mapped list joined)"},
    {"key_fields", fold_key_fields, METH_VARARGS,
     "key_fields(objects, names, flag) -> the attributes of each object as the matcher cache key writes them "
     "(UTF-8 bytes), or None where one is not a str, None or (flag) a bool"},
    {"line_heads", fold_line_heads, METH_VARARGS,
     "line_heads(text, size) -> first fields of size characters of the lines (cut at \\n), or None"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef moddef = {
    PyModuleDef_HEAD_INIT, "_fold", "The text core's fold in C (see beian.text.normalize).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__fold(void) { return PyModule_Create(&moddef); }
