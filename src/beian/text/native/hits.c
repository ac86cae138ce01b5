/* beian.text._hits: per-hit work of the matcher after the search (see matcher.py).
 *
 * settle(order, end, cut) -> (bytes, bytes): which hits the word check moves out of the group that hides
 * shorter hits, and which exposed hits it has yet to check (see hitfilters.settle_sweep, the Python
 * version, for the argument).
 *
 * cut_decide(ftext, starts, ends, terms, split, spelled, cache, context, base, user, log_total, breaker) -> bytes:
 * the word check of many hits in one call: each hit's window key (wordcut.window_key) looked up, as code points
 * without a str per hit, in a window_cache(max_cached) capsule; the windows not seen yet decided as cut_keys does
 * and cached.
 *
 * word_table(words) and cut_keys(keys, base, user, log_total, breaker) -> bytes: wordcut.WordCut.cut for
 * window keys, the same dictionary lookups (in hash tables of code points) and the same floating-point
 * arithmetic in the same order. dict_table(text) builds jieba's table straight from its dict.txt (what
 * jieba's own start-up does in ~0.5 s of Python, here in tens of milliseconds); word_count and
 * table_words read a table from Python.
 *
 * exact_hits(cls, starts, ends, rows, tails) -> list: the matcher's Match tuples of hits whose text is the term.
 *
 * json_lines(hits, doc, min_confidence, tails, tail_of, line_of) -> (bytes, count): the UTF-8 lines of `beian scan
 * --json` for a document's hits (beian.commands.scan.ScanRecord.to_json, byte for byte).
 *
 * Plain C against the CPython API; no third-party headers.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

static int same_length(Py_buffer *b, int n, Py_ssize_t items, const Py_ssize_t *size) {
    for (int i = 0; i < n; i++) {
        if (b[i].len != items * size[i]) {
            PyErr_SetString(PyExc_ValueError, "arrays of one length expected");
            return -1;
        }
    }
    return 0;
}

/* settle(order, end, cut): the hits of the group that hides shorter hits, in outermost()'s order (int64
 * positions), their int64 ends (by position) and uint8 cut marks (by position: 0 no, 1 yes, 2 not known
 * yet). A hit is exposed when no earlier hit that stays in the group reaches its end; an exposed hit that
 * cuts a word moves to the lowered group and no longer hides anything. Returns (uint8 moved by position,
 * int64 positions of the exposed hits whose mark is not known: the sweep stops trusting what follows
 * them, so the caller checks them and sweeps again). */
static PyObject *hits_settle(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer b[3];
    if (!PyArg_ParseTuple(args, "y*y*y*:settle", &b[0], &b[1], &b[2])) return NULL;
    PyObject *moved_out = NULL, *need_out = NULL, *result = NULL;
    Py_ssize_t n = b[0].len / 8, m = b[1].len / 8, n_need = 0;
    if (b[0].len % 8 || b[1].len % 8 || b[2].len != m) {
        PyErr_SetString(PyExc_ValueError, "settle takes int64 order, int64 ends and uint8 marks of one length");
        goto done;
    }
    moved_out = PyBytes_FromStringAndSize(NULL, m);
    need_out = PyBytes_FromStringAndSize(NULL, n * 8);
    if (moved_out == NULL || need_out == NULL) goto done;
    const int64_t *order = (const int64_t *)b[0].buf, *end = (const int64_t *)b[1].buf;
    const uint8_t *cut = (const uint8_t *)b[2].buf;
    uint8_t *moved = (uint8_t *)PyBytes_AS_STRING(moved_out);
    int64_t *need = (int64_t *)PyBytes_AS_STRING(need_out), reach = INT64_MIN;
    memset(moved, 0, (size_t)m);
    for (Py_ssize_t k = 0; k < n; k++) {
        int64_t at = order[k];
        if (at < 0 || at >= m) {
            PyErr_SetString(PyExc_ValueError, "settle: position out of range");
            goto done;
        }
        if (end[at] <= reach) continue; /* inside a hit that stays: hidden, never checked */
        if (cut[at] == 2)
            need[n_need++] = at; /* as if it stays; checked before the next sweep */
        if (cut[at] == 1)
            moved[at] = 1;
        else
            reach = end[at];
    }
    if (_PyBytes_Resize(&need_out, n_need * 8) < 0) goto done;
    result = PyTuple_Pack(2, moved_out, need_out);
done:
    Py_XDECREF(moved_out);
    Py_XDECREF(need_out);
    for (int i = 0; i < 3; i++) PyBuffer_Release(&b[i]);
    return result;
}

/* ---- the word check's segmentation (wordcut.WordCut.cut, the same arithmetic in the same order) ---- */

/* A word table: jieba's FREQ (or the user's words) as an open-addressing hash table over code points, so
 * that the segmentation looks words up without making a str per lookup. */
typedef struct {
    uint64_t hash;
    Py_ssize_t off, len; /* the word's code points: chars[off : off + len] */
    long long count;     /* 0: only a prefix of words */
} Slot;

/* Which first characters a table's words may start with, by code point modulo FIRST_BITS: a small table (the user's
 * words, the anonymised names 李某) answers most lookups without hashing (jieba's sets nearly every bit). */
#define FIRST_BITS 4096

typedef struct {
    Slot *slots;
    Py_ssize_t mask, used;
    Py_UCS4 *chars;
    uint64_t firsts[FIRST_BITS / 64];
} Table;

static void first_set(Table *t, Py_UCS4 c) { t->firsts[(c % FIRST_BITS) / 64] |= 1ULL << (c % 64); }
static int first_maybe(const Table *t, Py_UCS4 c) { return (t->firsts[(c % FIRST_BITS) / 64] >> (c % 64)) & 1; }

#define TABLE_CAPSULE "beian.text._hits.Table"
/* wordcut.STRAY_MARGIN: how much less probable (natural log) a split with the lone character may read and still win */
#define STRAY_MARGIN 5.0
/* wordcut.CLOSE_SPLIT_MARGIN: a reading through a whole-word hit at most this much less probable cuts it */
#define CLOSE_SPLIT_MARGIN 0.5
/* wordcut.TERM_COUNT: a hit the best segmentation cuts is read as a word counted at least this many times */
#define TERM_COUNT 10
/* wordcut.LONG_HIT: a hit this long that the best segmentation cuts is asked whether it reads as a word of its own */
#define LONG_HIT 5
/* wordcut.TERM_TIE: a reading with the hit as a word this close to the best (rounding) counts as as probable */
#define TERM_TIE 1e-9
/* wordcut.WHOLE, CUT, UNLISTED: the readings of a hit cut_one returns */
enum { WHOLE = 0, CUT = 1, UNLISTED = 2 };

static uint64_t hash_cps(const Py_UCS4 *cps, Py_ssize_t n) {
    uint64_t h = 1469598103934665603ULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        h ^= cps[i];
        h *= 1099511628211ULL;
    }
    return h ^ (uint64_t)n;
}

/* The slot of cps[0:n] in t (an empty slot where it would go). */
static Slot *table_find(const Table *t, const Py_UCS4 *cps, Py_ssize_t n, uint64_t h) {
    for (Py_ssize_t at = (Py_ssize_t)(h & (uint64_t)t->mask);; at = (at + 1) & t->mask) {
        Slot *slot = &t->slots[at];
        if (slot->len < 0) return slot;
        if (slot->hash == h && slot->len == n && memcmp(t->chars + slot->off, cps, (size_t)n * sizeof(Py_UCS4)) == 0)
            return slot;
    }
}

/* The count of cps[0:n]; -1 when absent. */
static long long table_get(const Table *t, const Py_UCS4 *cps, Py_ssize_t n) {
    if (t == NULL || t->used == 0 || n <= 0 || !first_maybe(t, cps[0])) return -1;
    const Slot *slot = table_find(t, cps, n, hash_cps(cps, n));
    return slot->len < 0 ? -1 : slot->count;
}

static void table_free(Table *t) {
    if (t == NULL) return;
    PyMem_Free(t->slots);
    PyMem_Free(t->chars);
    PyMem_Free(t);
}

static void table_capsule_free(PyObject *capsule) {
    table_free((Table *)PyCapsule_GetPointer(capsule, TABLE_CAPSULE));
}

/* word_table(words) -> capsule: a table of a dict str -> int (a count; None counts as absent). */
static PyObject *hits_word_table(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *words, *key, *value;
    if (!PyArg_ParseTuple(args, "O!:word_table", &PyDict_Type, &words)) return NULL;
    Py_ssize_t n = PyDict_GET_SIZE(words), size = 16, total = 0, pos = 0;
    while (size < 2 * n + 2) size <<= 1;
    while (PyDict_Next(words, &pos, &key, &value)) {
        if (!PyUnicode_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "word table keys must be str");
            return NULL;
        }
        total += PyUnicode_GET_LENGTH(key);
    }
    Table *t = (Table *)PyMem_Calloc(1, sizeof(Table));
    if (t == NULL) return PyErr_NoMemory();
    t->slots = (Slot *)PyMem_Malloc((size_t)size * sizeof(Slot));
    t->chars = (Py_UCS4 *)PyMem_Malloc((size_t)(total ? total : 1) * sizeof(Py_UCS4));
    if (t->slots == NULL || t->chars == NULL) {
        table_free(t);
        return PyErr_NoMemory();
    }
    t->mask = size - 1;
    for (Py_ssize_t i = 0; i < size; i++) t->slots[i].len = -1;
    Py_ssize_t off = 0;
    pos = 0;
    while (PyDict_Next(words, &pos, &key, &value)) {
        if (value == Py_None) continue;
        long long count = PyLong_AsLongLong(value);
        if (count == -1 && PyErr_Occurred()) {
            table_free(t);
            return NULL;
        }
        Py_ssize_t len = PyUnicode_GET_LENGTH(key);
        if (PyUnicode_AsUCS4(key, t->chars + off, len, 0) == NULL) {
            table_free(t);
            return NULL;
        }
        uint64_t h = hash_cps(t->chars + off, len);
        Py_ssize_t at = (Py_ssize_t)(h & (uint64_t)t->mask);
        while (t->slots[at].len >= 0) at = (at + 1) & t->mask; /* dict keys are distinct */
        t->slots[at] = (Slot){h, off, len, count < 0 ? 0 : count};
        if (len > 0) first_set(t, t->chars[off]);
        off += len;
        t->used++;
    }
    PyObject *capsule = PyCapsule_New(t, TABLE_CAPSULE, table_capsule_free);
    if (capsule == NULL) table_free(t);
    return capsule;
}

/* Put t->chars[off : off + n]: a word (its count replaces any earlier one) or a word's prefix (0 unless known). */
static void table_put(Table *t, Py_ssize_t off, Py_ssize_t n, long long count, int word) {
    uint64_t h = hash_cps(t->chars + off, n);
    Slot *slot = table_find(t, t->chars + off, n, h);
    if (slot->len < 0) {
        *slot = (Slot){h, off, n, word ? count : 0};
        if (n > 0) first_set(t, t->chars[off]);
        t->used++;
    } else if (word) {
        slot->count = count;
    }
}

/* The number at cps[i:j] (ASCII digits only); -1 when it is not one. */
static long long parse_count(const Py_UCS4 *cps, Py_ssize_t i, Py_ssize_t j) {
    if (i >= j || j - i > 18) return -1;
    long long v = 0;
    for (; i < j; i++) {
        if (cps[i] < '0' || cps[i] > '9') return -1;
        v = v * 10 + (long long)(cps[i] - '0');
    }
    return v;
}

static int is_space(Py_UCS4 c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

/* dict_table(text) -> (capsule, total): a jieba dictionary ("word count [tag]" per line) read the way jieba's
 * tokenizer reads it (Tokenizer.gen_pfdict): the line stripped, split on single spaces; a word's last count
 * wins, every prefix of a word that is no word counts 0, and the total adds every line's count. A line that
 * is not "word count ..." raises ValueError with its number, as jieba does. */
static PyObject *hits_dict_table(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:dict_table", &text)) return NULL;
    Py_UCS4 *cps = PyUnicode_AsUCS4Copy(text);
    if (cps == NULL) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), size = 16, entries = 0;
    Table *t = (Table *)PyMem_Calloc(1, sizeof(Table));
    if (t == NULL) {
        PyMem_Free(cps);
        return PyErr_NoMemory();
    }
    /* a word and its prefixes: at most its length in entries (the first token of each line, an upper bound) */
    for (Py_ssize_t i = 0, state = 0; i < n; i++) { /* state 0: before the word, 1: in it, 2: after it */
        if (cps[i] == '\n') state = 0;
        else if (state == 0 && !is_space(cps[i])) state = 1;
        else if (state == 1 && cps[i] == ' ') state = 2;
        entries += state == 1;
    }
    while (size < 2 * entries + 2) size <<= 1;
    t->slots = (Slot *)PyMem_Malloc((size_t)size * sizeof(Slot));
    t->chars = cps; /* words and prefixes point into the text itself */
    if (t->slots == NULL) {
        table_free(t);
        return PyErr_NoMemory();
    }
    t->mask = size - 1;
    for (Py_ssize_t i = 0; i < size; i++) t->slots[i].len = -1;
    long long total = 0, line_no = 0;
    for (Py_ssize_t at = 0; at < n;) {
        Py_ssize_t end = at;
        while (end < n && cps[end] != '\n') end++;
        Py_ssize_t a = at, b = end;
        at = end + 1;
        line_no++;
        while (a < b && is_space(cps[a])) a++;
        while (b > a && is_space(cps[b - 1])) b--;
        if (a == b) continue;
        Py_ssize_t sp = a;
        while (sp < b && cps[sp] != ' ') sp++;
        Py_ssize_t c_end = sp + 1;
        while (c_end < b && cps[c_end] != ' ') c_end++;
        long long count = sp < b ? parse_count(cps, sp + 1, c_end) : -1;
        if (sp == a || count < 0) {
            table_free(t);
            return PyErr_Format(PyExc_ValueError, "invalid dictionary entry at line %lld", line_no);
        }
        total += count;
        table_put(t, a, sp - a, count, 1);
        for (Py_ssize_t k = 1; k < sp - a; k++) table_put(t, a, k, 0, 0);
    }
    PyObject *capsule = PyCapsule_New(t, TABLE_CAPSULE, table_capsule_free);
    if (capsule == NULL) {
        table_free(t);
        return NULL;
    }
    PyObject *out = Py_BuildValue("(Nd)", capsule, (double)total);
    return out;
}

/* word_count(table, word) -> int | None: the word's count (0: only a prefix of words), None when no word starts so. */
static PyObject *hits_word_count(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *capsule, *word;
    if (!PyArg_ParseTuple(args, "OU:word_count", &capsule, &word)) return NULL;
    const Table *t = (const Table *)PyCapsule_GetPointer(capsule, TABLE_CAPSULE);
    if (t == NULL) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    Py_UCS4 small[16], *cps = n <= 16 ? small : PyUnicode_AsUCS4Copy(word);
    if (cps == NULL) return NULL;
    if (n <= 16 && n > 0 && PyUnicode_AsUCS4(word, small, 16, 0) == NULL) return NULL;
    long long got = n ? table_get(t, cps, n) : -1;
    if (cps != small) PyMem_Free(cps);
    if (got < 0) Py_RETURN_NONE;
    return PyLong_FromLongLong(got);
}

/* pair_words(table, first, second) -> bytes: per position 1 when the two code points (uint32 arrays of one length)
 * spell a word of the table (count > 0), else 0 (hitfilters.straddles_words). */
static PyObject *hits_pair_words(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *capsule, *out = NULL;
    Py_buffer b[2];
    if (!PyArg_ParseTuple(args, "Oy*y*:pair_words", &capsule, &b[0], &b[1])) return NULL;
    const Table *t = (const Table *)PyCapsule_GetPointer(capsule, TABLE_CAPSULE);
    Py_ssize_t m = b[0].len / 4;
    const Py_ssize_t size[2] = {4, 4};
    if (t == NULL || same_length(b, 2, m, size) < 0) goto done;
    out = PyBytes_FromStringAndSize(NULL, m);
    if (out == NULL) goto done;
    const uint32_t *first = (const uint32_t *)b[0].buf, *second = (const uint32_t *)b[1].buf;
    uint8_t *got = (uint8_t *)PyBytes_AS_STRING(out);
    for (Py_ssize_t k = 0; k < m; k++) {
        Py_UCS4 pair[2] = {first[k], second[k]};
        got[k] = table_get(t, pair, 2) > 0;
    }
done:
    PyBuffer_Release(&b[0]);
    PyBuffer_Release(&b[1]);
    return out;
}

/* table_words(table, length) -> list[str]: the words (count > 0) of a table, those of `length` characters
 * only when length > 0; in no particular order. */
static PyObject *hits_table_words(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *capsule;
    Py_ssize_t length;
    if (!PyArg_ParseTuple(args, "On:table_words", &capsule, &length)) return NULL;
    const Table *t = (const Table *)PyCapsule_GetPointer(capsule, TABLE_CAPSULE);
    if (t == NULL) return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i <= t->mask; i++) {
        const Slot *slot = &t->slots[i];
        if (slot->len <= 0 || slot->count <= 0 || (length > 0 && slot->len != length)) continue;
        PyObject *w = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, t->chars + slot->off, slot->len);
        if (w == NULL || PyList_Append(out, w) < 0) {
            Py_XDECREF(w);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(w);
    }
    return out;
}

/* ---- the word check's segmentation (wordcut.WordCut.cut, the same arithmetic in the same order) ---- */

typedef struct {
    const Py_UCS4 *w; /* the window being read */
    Py_ssize_t n;
    const Table *base; /* jieba's FREQ: word and every prefix (0) -> count */
    const Table *user; /* the user's words, folded (may be empty) */
    double log_total;
    Py_UCS4 breaker;
    /* The counts read so far (the tables are large, a lookup is a cache miss or two, and the readings below ask for
     * the same pieces of the window again and again): memo[i * (n + 1) + k] is the count of w[i:k] for
     * i < k <= lim[i]; lim[i] < 0: row i not read yet. Past lim[i] no word starts so (-1). NULL: no memo. */
    long long *memo;
    Py_ssize_t *lim;
} Reader;

/* The count of w[i:k] in the tables as WordCut._freq gives it: 0 only a prefix of words, -1 no word starts so. */
static long long lookup(const Reader *r, Py_ssize_t i, Py_ssize_t k) {
    long long user = table_get(r->user, r->w + i, k - i);
    if (user > 0) return user;
    long long base = table_get(r->base, r->w + i, k - i);
    return base >= 0 ? base : user;
}

/* lookup(), each row of the window read once: w[i:i+1], w[i:i+2], ... until no word starts so (both tables hold
 * every prefix of their words, so nothing longer is a word either). */
static long long freq_of(const Reader *r, Py_ssize_t i, Py_ssize_t k) {
    if (r->memo == NULL) return lookup(r, i, k);
    long long *row = r->memo + i * (r->n + 1);
    if (r->lim[i] < 0) {
        Py_ssize_t j = i + 1;
        for (; j <= r->n; j++)
            if ((row[j] = lookup(r, i, j)) == -1) break;
        r->lim[i] = j > r->n ? r->n : j;
    }
    return k <= r->lim[i] ? row[k] : -1;
}

/* _route: best log probability from each position to the end (score) and the word length taken (step). */
static void route(const Reader *r, Py_ssize_t lo, Py_ssize_t n, double *score, Py_ssize_t *step) {
    score[n] = 0.0;
    step[n] = 1;
    for (Py_ssize_t i = n - 1; i >= 0; i--) {
        long long f1 = freq_of(r, lo + i, lo + i + 1);
        double best = log((double)(f1 > 0 ? f1 : 1)) - r->log_total + score[i + 1];
        Py_ssize_t best_k = i + 1;
        for (Py_ssize_t k = i + 2; k <= n; k++) {
            long long f = freq_of(r, lo + i, lo + k);
            if (f == -1) break;
            if (f) {
                double sc = log((double)f) - r->log_total + score[k];
                if (sc > best) {
                    best = sc;
                    best_k = k;
                }
            }
        }
        score[i] = best;
        step[i] = best_k - i;
    }
}

/* _route_back: best log probability of text[:p] for every p. */
static void route_back(const Reader *r, Py_ssize_t lo, Py_ssize_t n, double *best) {
    best[0] = 0.0;
    for (Py_ssize_t p = 1; p <= n; p++) {
        long long f1 = freq_of(r, lo + p - 1, lo + p);
        double top = best[p - 1] + log((double)(f1 > 0 ? f1 : 1)) - r->log_total;
        for (Py_ssize_t i = p - 2; i >= 0; i--) {
            long long f = freq_of(r, lo + i, lo + p);
            if (f > 0) {
                double sc = best[i] + log((double)f) - r->log_total;
                if (sc > top) top = sc;
            }
        }
        best[p] = top;
    }
}

/* _crossed: some dictionary word starts before an edge of the hit [a, b) and ends after it. */
static int crossed(const Reader *r, Py_ssize_t n, Py_ssize_t a, Py_ssize_t b) {
    for (Py_ssize_t x = 0; x < b; x++) {
        for (Py_ssize_t k = x + 2; k <= n; k++) {
            long long f = freq_of(r, x, k);
            if (f == -1) break;
            if (f && ((x < a && a < k) || (x < b && b < k))) return 1;
        }
    }
    return 0;
}

static int is_word(const Reader *r, Py_ssize_t i, Py_ssize_t k) { return freq_of(r, i, k) > 0; }

/* _two_words on word = window[lo:hi] holding the hit at [a, b) of the word. */
static int two_words(const Reader *r, Py_ssize_t lo, Py_ssize_t hi, Py_ssize_t a, Py_ssize_t b, double *buf,
                     Py_ssize_t *steps) {
    Py_ssize_t n = hi - lo;
    double *ahead = buf, *behind = buf + n + 1;
    route(r, lo, n, ahead, steps);
    route_back(r, lo, n, behind);
    long long hit = freq_of(r, lo + a, lo + b);
    double edge = behind[a] + log((double)(hit > 0 ? hit : 1)) - r->log_total + ahead[b];
    for (Py_ssize_t p = a + 1; p < b; p++)
        if (behind[p] + ahead[p] > edge) return 1;
    return 0;
}

static int in_bounds(const Py_ssize_t *bounds, Py_ssize_t nb, Py_ssize_t x) {
    for (Py_ssize_t i = 0; i < nb; i++)
        if (bounds[i] == x) return 1;
    return 0;
}

/* _stray_neighbour. */
/* log of the count of w[i:k], 1 for a word not in the dictionary (the route's arithmetic). */
static double log_count(const Reader *r, Py_ssize_t i, Py_ssize_t k) {
    long long f = freq_of(r, i, k);
    return log((double)(f > 0 ? f : 1));
}

/* Whether the split [lo:p] + [p:hi] reads not much less probably (STRAY_MARGIN) than [x:y] + the lone character. */
static int likely_split(const Reader *r, Py_ssize_t lo, Py_ssize_t p, Py_ssize_t hi, Py_ssize_t x, Py_ssize_t y,
                        Py_ssize_t lone) {
    double split = log_count(r, lo, p) + log_count(r, p, hi), whole = log_count(r, x, y) + log_count(r, lone, lone + 1);
    return split - whole > -STRAY_MARGIN;
}

static int stray_neighbour(const Reader *r, Py_ssize_t n, Py_ssize_t a, Py_ssize_t b, const Py_ssize_t *bounds,
                           Py_ssize_t nb) {
    int after = b < n && in_bounds(bounds, nb, b + 1) && r->w[b] != r->breaker;
    int before = a > 0 && in_bounds(bounds, nb, a - 1) && r->w[a - 1] != r->breaker;
    for (Py_ssize_t p = a + 1; p < b; p++) {
        if (after && p - a >= 2 && is_word(r, a, p) && is_word(r, p, b + 1) && likely_split(r, a, p, b + 1, a, b, b))
            return 1;
        if (before && b - p >= 2 && is_word(r, p, b) && is_word(r, a - 1, p) && likely_split(r, a - 1, p, b, a, b, a - 1))
            return 1;
    }
    return 0;
}

/* _close_split: a reading with a word that takes part (not all) of the whole two-character hit [a, b) within
 * CLOSE_SPLIT_MARGIN of the best; ahead holds route()'s scores of the window (n + 1), behind gets
 * route_back()'s (n + 1 more). */
static int close_split(const Reader *r, Py_ssize_t n, Py_ssize_t a, Py_ssize_t b, double *ahead) {
    double *behind = ahead + n + 1;
    route_back(r, 0, n, behind);
    double floor = ahead[0] - CLOSE_SPLIT_MARGIN;
    for (Py_ssize_t x = 0; x < b; x++) {
        for (Py_ssize_t k = x + 2; k <= n; k++) {
            long long f = freq_of(r, x, k);
            if (f == -1) break;
            if (f && ((x < a && a < k && k < b) || (a < x && x < b && b < k)) &&
                behind[x] + log((double)f) - r->log_total + ahead[k] > floor)
                return 1;
        }
    }
    return 0;
}

/* Every word of the route (bounds) across an edge of the hit [a, b) is counted fewer than TERM_COUNT times. */
static int rare_crossings(const Reader *r, Py_ssize_t a, Py_ssize_t b, const Py_ssize_t *bounds, Py_ssize_t nb) {
    for (Py_ssize_t i = 0; i + 1 < nb; i++) {
        Py_ssize_t x = bounds[i], y = bounds[i + 1];
        if (((x < a && a < y) || (x < b && b < y)) && freq_of(r, x, y) >= TERM_COUNT) return 0;
    }
    return 1;
}

/* _reads_as_term: the window reads at least as probably with the hit [a, b) as one word counted TERM_COUNT times
 * (or its own count, if more) as by the best segmentation; ahead holds route()'s scores (n + 1), behind gets
 * route_back()'s (n + 1 more). */
static int reads_as_term(const Reader *r, Py_ssize_t n, Py_ssize_t a, Py_ssize_t b, double *ahead) {
    double *behind = ahead + n + 1;
    route_back(r, 0, n, behind);
    long long f = freq_of(r, a, b);
    double count = (double)(f > TERM_COUNT ? f : TERM_COUNT);
    return behind[a] + log(count) - r->log_total + ahead[b] >= ahead[0] - TERM_TIE;
}

/* WordCut.cut(window, a, b) with r->window set: WHOLE, CUT or UNLISTED; buffers of n + 1 items (2n + 2 doubles). */
static int cut_one(const Reader *r, Py_ssize_t a, Py_ssize_t b, double *dbuf, Py_ssize_t *ibuf) {
    Py_ssize_t n = r->n;
    if (!crossed(r, n, a, b)) return WHOLE;
    Py_ssize_t *step = ibuf, *bounds = ibuf + n + 1, nb = 0;
    route(r, 0, n, dbuf, step);
    for (Py_ssize_t i = 0;;) {
        bounds[nb++] = i;
        if (i >= n) break;
        i += step[i];
    }
    Py_ssize_t first_start = 0, last_end = n, inside = 0;
    for (Py_ssize_t i = 0; i < nb; i++) {
        if (bounds[i] <= a) first_start = bounds[i];
        if (a < bounds[i] && bounds[i] < b) inside++;
    }
    for (Py_ssize_t i = nb - 1; i >= 0; i--)
        if (bounds[i] >= b) last_end = bounds[i];
    if (first_start == a && last_end == b)
        return (b - a == 2 && close_split(r, n, a, b, dbuf)) || stray_neighbour(r, n, a, b, bounds, nb) ? CUT : WHOLE;
    if (inside)  /* a long hit is asked whatever its crossing words' counts (wordcut.LONG_HIT) */
        return (b - a >= LONG_HIT || rare_crossings(r, a, b, bounds, nb)) && reads_as_term(r, n, a, b, dbuf)
            ? UNLISTED : CUT;
    if (table_get(r->user, r->w + first_start, last_end - first_start) > 0) return CUT;
    return two_words(r, first_start, last_end, a - first_start, b - first_start, dbuf, ibuf + 2 * (n + 1)) ? CUT : WHOLE;
}

/* Buffers for deciding window keys of up to `cap` characters (grown as needed). */
typedef struct {
    Py_ssize_t cap;
    double *dbuf;
    Py_ssize_t *ibuf, *lim;
    Py_UCS4 *key_cps, *window;
    long long *memo; /* Reader.memo for a window of up to cap characters */
} Bufs;

static void bufs_free(Bufs *b) {
    PyMem_Free(b->dbuf);
    PyMem_Free(b->ibuf);
    PyMem_Free(b->lim);
    PyMem_Free(b->key_cps);
    PyMem_Free(b->window);
    PyMem_Free(b->memo);
    b->dbuf = NULL, b->ibuf = NULL, b->lim = NULL, b->key_cps = NULL, b->window = NULL, b->memo = NULL, b->cap = 0;
}

static int bufs_fit(Bufs *b, Py_ssize_t n) {
    if (n <= b->cap) return 0;
    bufs_free(b);
    n = Py_MAX(n, 64);
    b->dbuf = (double *)PyMem_Malloc((size_t)(2 * n + 4) * sizeof(double));
    b->ibuf = (Py_ssize_t *)PyMem_Malloc((size_t)(4 * n + 8) * sizeof(Py_ssize_t));
    b->lim = (Py_ssize_t *)PyMem_Malloc((size_t)(n + 1) * sizeof(Py_ssize_t));
    b->key_cps = (Py_UCS4 *)PyMem_Malloc((size_t)(n + 1) * sizeof(Py_UCS4));
    b->window = (Py_UCS4 *)PyMem_Malloc((size_t)(n + 1) * sizeof(Py_UCS4));
    b->memo = (long long *)PyMem_Malloc((size_t)(n + 1) * (size_t)(n + 1) * sizeof(long long));
    if (b->dbuf == NULL || b->ibuf == NULL || b->lim == NULL || b->key_cps == NULL || b->window == NULL ||
        b->memo == NULL) {
        bufs_free(b);
        PyErr_NoMemory();
        return -1;
    }
    b->cap = n;
    return 0;
}

/* WordCut.cut for the window key in b->key_cps[0:n] (left \0 hit \0 right): WHOLE, CUT or UNLISTED, -1 error. */
static int decide_cps(Reader *r, Bufs *b, Py_ssize_t n) {
    Py_ssize_t z1 = -1, z2 = -1, w = 0, zeros = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (b->key_cps[i] == 0) {
            zeros++;
            if (z1 < 0) z1 = w;
            else z2 = w;
            continue;
        }
        b->window[w++] = b->key_cps[i];
    }
    if (zeros != 2) {
        PyErr_SetString(PyExc_ValueError, "a key is left\\0hit\\0right");
        return -1;
    }
    r->w = b->window;
    r->n = w;
    r->memo = b->memo;
    r->lim = b->lim;
    for (Py_ssize_t i = 0; i < w; i++) b->lim[i] = -1;
    return cut_one(r, z1, z2, b->dbuf, b->ibuf);
}

/* decide_cps for a window key given as a str. */
static int decide_key(Reader *r, PyObject *key, Bufs *b) {
    if (!PyUnicode_Check(key)) {
        PyErr_SetString(PyExc_TypeError, "keys must be str");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(key);
    if (bufs_fit(b, n) < 0 || PyUnicode_AsUCS4(key, b->key_cps, b->cap + 1, 0) == NULL) return -1;
    return decide_cps(r, b, n);
}

/* A Reader over the word_table() capsules base and user; 0 on success. */
static int reader_init(Reader *r, PyObject *base, PyObject *user, double log_total, PyObject *breaker) {
    if (PyUnicode_GET_LENGTH(breaker) != 1) {
        PyErr_SetString(PyExc_ValueError, "breaker must be one character");
        return -1;
    }
    const Table *base_t = (const Table *)PyCapsule_GetPointer(base, TABLE_CAPSULE);
    const Table *user_t = base_t ? (const Table *)PyCapsule_GetPointer(user, TABLE_CAPSULE) : NULL;
    if (base_t == NULL || user_t == NULL) return -1;
    *r = (Reader){NULL, 0, base_t, user_t, log_total, PyUnicode_READ_CHAR(breaker, 0), NULL, NULL};
    return 0;
}

/* cut_keys(keys, base, user, log_total, breaker) -> bytes: WordCut.cut for each window key
 * left \0 hit \0 right (WHOLE, CUT or UNLISTED); base and user are word_table() capsules. */
static PyObject *hits_cut_keys(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *keys, *base, *user, *breaker, *out = NULL;
    double log_total;
    Reader r;
    Bufs b = {0, NULL, NULL, NULL, NULL, NULL, NULL};
    if (!PyArg_ParseTuple(args, "O!OOdU:cut_keys", &PyList_Type, &keys, &base, &user, &log_total, &breaker))
        return NULL;
    if (reader_init(&r, base, user, log_total, breaker) < 0) return NULL;
    Py_ssize_t m = PyList_GET_SIZE(keys);
    out = PyBytes_FromStringAndSize(NULL, m);
    if (out == NULL) return NULL;
    uint8_t *got = (uint8_t *)PyBytes_AS_STRING(out);
    for (Py_ssize_t k = 0; k < m; k++) {
        int cut = decide_key(&r, PyList_GET_ITEM(keys, k), &b);
        if (cut < 0) {
            Py_CLEAR(out);
            break;
        }
        got[k] = (uint8_t)cut;
    }
    bufs_free(&b);
    return out;
}

/* ---- the cache of decided windows: keys as code points in a Table, no str per hit ---- */

#define CACHE_CAPSULE "beian.text._hits.WindowCache"

typedef struct {
    Table t;                       /* slots keyed by the window key's code points; count: the decision (0/1) */
    Py_ssize_t chars_len, chars_cap, max;
} WindowCache;

static void cache_free(WindowCache *c) {
    if (c == NULL) return;
    PyMem_Free(c->t.slots);
    PyMem_Free(c->t.chars);
    PyMem_Free(c);
}

static void cache_capsule_free(PyObject *capsule) {
    cache_free((WindowCache *)PyCapsule_GetPointer(capsule, CACHE_CAPSULE));
}

static void cache_clear(WindowCache *c) {
    for (Py_ssize_t i = 0; i <= c->t.mask; i++) c->t.slots[i].len = -1;
    c->t.used = 0;
    c->chars_len = 0;
}

/* window_cache(max_cached) -> capsule: an empty cache of window decisions that starts over at max_cached keys. */
static PyObject *hits_window_cache(PyObject *self, PyObject *args) {
    (void)self;
    Py_ssize_t max, size = 16;
    if (!PyArg_ParseTuple(args, "n:window_cache", &max)) return NULL;
    if (max < 1) {
        PyErr_SetString(PyExc_ValueError, "max_cached must be at least 1");
        return NULL;
    }
    while (size < 2 * max + 2) size <<= 1;
    WindowCache *c = (WindowCache *)PyMem_Calloc(1, sizeof(WindowCache));
    if (c == NULL) return PyErr_NoMemory();
    c->max = max;
    c->chars_cap = 1 << 16;
    c->t.mask = size - 1;
    c->t.slots = (Slot *)PyMem_Malloc((size_t)size * sizeof(Slot));
    c->t.chars = (Py_UCS4 *)PyMem_Malloc((size_t)c->chars_cap * sizeof(Py_UCS4));
    if (c->t.slots == NULL || c->t.chars == NULL) {
        cache_free(c);
        return PyErr_NoMemory();
    }
    cache_clear(c);
    PyObject *capsule = PyCapsule_New(c, CACHE_CAPSULE, cache_capsule_free);
    if (capsule == NULL) cache_free(c);
    return capsule;
}

/* cache_items(cache) -> dict: the cached windows as wordcut.window_key strs and their decisions (for tests). */
static PyObject *hits_cache_items(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *capsule;
    if (!PyArg_ParseTuple(args, "O:cache_items", &capsule)) return NULL;
    const WindowCache *c = (const WindowCache *)PyCapsule_GetPointer(capsule, CACHE_CAPSULE);
    PyObject *out = c ? PyDict_New() : NULL;
    for (Py_ssize_t i = 0; out != NULL && i <= c->t.mask; i++) {
        const Slot *slot = &c->t.slots[i];
        if (slot->len < 0) continue;
        PyObject *key = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, c->t.chars + slot->off, slot->len);
        PyObject *reading = key ? PyLong_FromLongLong(slot->count) : NULL;
        if (reading == NULL || PyDict_SetItem(out, key, reading) < 0) Py_CLEAR(out);
        Py_XDECREF(key);
        Py_XDECREF(reading);
    }
    return out;
}

/* Remember the decision of key[0:n] (hash h, not cached yet); the cache starts over when full. 0, or -1 no memory. */
static int cache_put(WindowCache *c, const Py_UCS4 *key, Py_ssize_t n, uint64_t h, int decision) {
    if (c->t.used >= c->max) cache_clear(c);
    if (c->chars_len + n > c->chars_cap) {
        Py_ssize_t cap = c->chars_cap;
        while (c->chars_len + n > cap) cap *= 2;
        Py_UCS4 *chars = (Py_UCS4 *)PyMem_Realloc(c->t.chars, (size_t)cap * sizeof(Py_UCS4));
        if (chars == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        c->t.chars = chars, c->chars_cap = cap;
    }
    memcpy(c->t.chars + c->chars_len, key, (size_t)n * sizeof(Py_UCS4));
    Slot *slot = table_find(&c->t, key, n, h);
    *slot = (Slot){h, c->chars_len, n, decision};
    c->chars_len += n;
    c->t.used++;
    return 0;
}

/* Append text[i:j] (a str's code points) to out; returns the new end. */
static Py_ssize_t put_cps(Py_UCS4 *out, Py_ssize_t w, PyObject *text, Py_ssize_t i, Py_ssize_t j) {
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (; i < j; i++) out[w++] = PyUnicode_READ(kind, data, i);
    return w;
}

/* The window key of hit [a, e) read as middle (wordcut.window_key) into b->key_cps; its length, or -1. */
static Py_ssize_t key_of(PyObject *ftext, Py_ssize_t len, Py_ssize_t a, Py_ssize_t e, PyObject *middle,
                         Py_ssize_t context, Bufs *b) {
    Py_ssize_t lo = a > context ? a - context : 0, hi = e + context < len ? e + context : len;
    Py_ssize_t n = (a - lo) + 1 + PyUnicode_GET_LENGTH(middle) + 1 + (hi - e);
    if (bufs_fit(b, n) < 0) return -1;
    Py_ssize_t w = put_cps(b->key_cps, 0, ftext, lo, a);
    b->key_cps[w++] = 0;
    w = put_cps(b->key_cps, w, middle, 0, PyUnicode_GET_LENGTH(middle));
    b->key_cps[w++] = 0;
    return put_cps(b->key_cps, w, ftext, e, hi);
}

/* The body of cut_decide: per hit its window's cached decision; a window not cached is decided here and cached. */
static int lookup_hits(PyObject *ftext, Py_buffer *b, PyObject *spelled, WindowCache *cache, Py_ssize_t context,
                       Reader *r, uint8_t *got) {
    Py_ssize_t m = b[0].len / 8, len = PyUnicode_GET_LENGTH(ftext), n_terms = PyList_GET_SIZE(spelled);
    const int64_t *starts = (const int64_t *)b[0].buf, *ends = (const int64_t *)b[1].buf;
    const int64_t *terms = (const int64_t *)b[2].buf;
    const uint8_t *split = (const uint8_t *)b[3].buf;
    Bufs bufs = {0, NULL, NULL, NULL, NULL, NULL, NULL};
    int status = -1;
    for (Py_ssize_t k = 0; k < m; k++) {
        Py_ssize_t a = (Py_ssize_t)starts[k], e = (Py_ssize_t)ends[k];
        if (a < 0 || e < a || e > len || terms[k] < 0 || terms[k] >= n_terms) {
            PyErr_SetString(PyExc_ValueError, "hit out of range");
            goto done;
        }
        PyObject *middle = split[k] ? PyUnicode_Substring(ftext, a, e) : PyList_GET_ITEM(spelled, terms[k]);
        if (middle == NULL) goto done;
        Py_ssize_t n = PyUnicode_Check(middle) ? key_of(ftext, len, a, e, middle, context, &bufs) : -2;
        if (split[k]) Py_DECREF(middle);
        if (n == -2) PyErr_SetString(PyExc_TypeError, "spelled must hold str");
        if (n < 0) goto done;
        uint64_t h = hash_cps(bufs.key_cps, n);
        const Slot *slot = table_find(&cache->t, bufs.key_cps, n, h);
        int truth = (int)slot->count;
        if (slot->len < 0) {
            truth = decide_cps(r, &bufs, n);
            if (truth < 0 || cache_put(cache, bufs.key_cps, n, h, truth) < 0) goto done;
        }
        got[k] = (uint8_t)truth;
    }
    status = 0;
done:
    bufs_free(&bufs);
    return status;
}

/* cut_decide(ftext, starts, ends, terms, split, spelled, cache, context, base, user, log_total, breaker)
 * -> bytes: per hit (int64 starts/ends/terms, uint8 split: 1 read the hit as written, else as spelled[term]) how
 * its window reads it, WHOLE / CUT / UNLISTED; each window (left \0 hit \0 right, wordcut.window_key) is looked up in
 * cache (a window_cache() capsule), and one not there is decided (cut_keys) and cached on the spot. */
static PyObject *hits_cut_decide(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *ftext, *spelled, *capsule, *base, *user, *breaker, *flags = NULL;
    Py_buffer b[4];
    Py_ssize_t context;
    double log_total;
    Reader r;
    if (!PyArg_ParseTuple(args, "Uy*y*y*y*O!OnOOdU:cut_decide", &ftext, &b[0], &b[1], &b[2], &b[3], &PyList_Type,
                          &spelled, &capsule, &context, &base, &user, &log_total, &breaker))
        return NULL;
    Py_ssize_t m = b[0].len / 8;
    const Py_ssize_t size[4] = {8, 8, 8, 1};
    WindowCache *cache = (WindowCache *)PyCapsule_GetPointer(capsule, CACHE_CAPSULE);
    if (cache == NULL || same_length(b, 4, m, size) < 0 || reader_init(&r, base, user, log_total, breaker) < 0)
        goto done;
    flags = PyBytes_FromStringAndSize(NULL, m);
    if (flags != NULL && lookup_hits(ftext, b, spelled, cache, context, &r, (uint8_t *)PyBytes_AS_STRING(flags)) < 0)
        Py_CLEAR(flags);
done:
    for (int i = 0; i < 4; i++) PyBuffer_Release(&b[i]);
    return flags;
}

/* exact_hits(cls, starts, ends, rows, tails) -> list: cls(start, end, *tails[row]) per hit for a tuple subclass cls
 * without instance dict (the matcher's Match), int64 starts/ends/rows; what tuple.__new__(cls, ...) makes. */
static PyObject *hits_exact_hits(PyObject *self, PyObject *args) {
    (void)self;
    PyTypeObject *cls;
    PyObject *tails, *out = NULL;
    Py_buffer b[3];
    if (!PyArg_ParseTuple(args, "O!y*y*y*O!:exact_hits", &PyType_Type, &cls, &b[0], &b[1], &b[2], &PyList_Type, &tails))
        return NULL;
    Py_ssize_t m = b[0].len / 8, n_tails = PyList_GET_SIZE(tails);
    const Py_ssize_t size[3] = {8, 8, 8};
    if (!PyType_IsSubtype(cls, &PyTuple_Type) || cls->tp_dictoffset != 0) {
        PyErr_SetString(PyExc_TypeError, "cls must be a tuple subclass without instance dict");
        goto done;
    }
    if (same_length(b, 3, m, size) < 0) goto done;
    const int64_t *starts = (const int64_t *)b[0].buf, *ends = (const int64_t *)b[1].buf;
    const int64_t *rows = (const int64_t *)b[2].buf;
    out = PyList_New(m);
    if (out == NULL) goto done;
    for (Py_ssize_t k = 0; k < m; k++) {
        PyObject *tail = rows[k] >= 0 && rows[k] < n_tails ? PyList_GET_ITEM(tails, rows[k]) : NULL;
        if (tail == NULL || !PyTuple_Check(tail)) {
            PyErr_SetString(PyExc_ValueError, "a row outside the tails, or a tail that is not a tuple");
            Py_CLEAR(out);
            goto done;
        }
        Py_ssize_t t = PyTuple_GET_SIZE(tail);
        PyObject *hit = cls->tp_alloc(cls, 2 + t);
        PyObject *a = hit ? PyLong_FromLongLong(starts[k]) : NULL, *e = a ? PyLong_FromLongLong(ends[k]) : NULL;
        if (e == NULL) {
            Py_XDECREF(a);
            Py_XDECREF(hit);
            Py_CLEAR(out);
            goto done;
        }
        PyTuple_SET_ITEM(hit, 0, a);
        PyTuple_SET_ITEM(hit, 1, e);
        for (Py_ssize_t i = 0; i < t; i++) {
            PyObject *item = PyTuple_GET_ITEM(tail, i);
            Py_INCREF(item);
            PyTuple_SET_ITEM(hit, 2 + i, item);
        }
        PyList_SET_ITEM(out, k, hit);
    }
done:
    for (int i = 0; i < 3; i++) PyBuffer_Release(&b[i]);
    return out;
}

/* ---- JSON lines of `beian scan --json` (beian.commands.scan.ScanRecord.to_json, byte for byte) ---- */

typedef struct {
    char *buf;
    Py_ssize_t len, cap;
} Out;

static int out_grow(Out *o, Py_ssize_t more) {
    if (o->len + more <= o->cap) return 0;
    Py_ssize_t cap = Py_MAX(o->cap * 2, o->len + more + 4096);
    char *buf = (char *)PyMem_Realloc(o->buf, (size_t)cap);
    if (buf == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    o->buf = buf;
    o->cap = cap;
    return 0;
}

static int out_bytes(Out *o, const char *data, Py_ssize_t n) {
    if (out_grow(o, n) < 0) return -1;
    memcpy(o->buf + o->len, data, (size_t)n);
    o->len += n;
    return 0;
}

/* A str as UTF-8 (a lone surrogate raises, as writing it to a UTF-8 stream would). */
static int out_str(Out *o, PyObject *text) {
    Py_ssize_t n;
    const char *utf8 = PyUnicode_AsUTF8AndSize(text, &n);
    return utf8 == NULL ? -1 : out_bytes(o, utf8, n);
}

static char *put_utf8(char *w, Py_UCS4 c) {
    if (c < 0x80) {
        *w++ = (char)c;
    } else if (c < 0x800) {
        *w++ = (char)(0xC0 | (c >> 6));
        *w++ = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *w++ = (char)(0xE0 | (c >> 12));
        *w++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *w++ = (char)(0x80 | (c & 0x3F));
    } else {
        *w++ = (char)(0xF0 | (c >> 18));
        *w++ = (char)(0x80 | ((c >> 12) & 0x3F));
        *w++ = (char)(0x80 | ((c >> 6) & 0x3F));
        *w++ = (char)(0x80 | (c & 0x3F));
    }
    return w;
}

/* json.encoder.encode_basestring (ensure_ascii=False), then U+2028, U+2029 and U+0085 as \u escapes; UTF-8. */
static int out_json_string(Out *o, PyObject *text) {
    static const char hex[] = "0123456789abcdef";
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (out_grow(o, 6 * n + 2) < 0) return -1;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    char *w = o->buf + o->len;
    *w++ = '"';
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        const char *named = NULL;
        switch (c) {
        case '"': named = "\\\""; break;
        case '\\': named = "\\\\"; break;
        case '\n': named = "\\n"; break;
        case '\r': named = "\\r"; break;
        case '\t': named = "\\t"; break;
        case '\b': named = "\\b"; break;
        case '\f': named = "\\f"; break;
        default: break;
        }
        if (named != NULL) {
            *w++ = named[0];
            *w++ = named[1];
        } else if (c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029) {
            *w++ = '\\';
            *w++ = 'u';
            *w++ = hex[(c >> 12) & 0xF];
            *w++ = hex[(c >> 8) & 0xF];
            *w++ = hex[(c >> 4) & 0xF];
            *w++ = hex[c & 0xF];
        } else if (c >= 0xD800 && c < 0xE000) {
            if (PyUnicode_AsUTF8AndSize(text, NULL) == NULL) return -1; /* raises UnicodeEncodeError */
            PyErr_SetString(PyExc_ValueError, "a lone surrogate cannot be written as UTF-8");
            return -1;
        } else {
            w = put_utf8(w, c);
        }
    }
    *w++ = '"';
    o->len = w - o->buf;
    return 0;
}

/* Write v in decimal at w; returns the new end. */
static char *put_decimal(char *w, long long v) {
    char digits[24];
    int n = 0;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        digits[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *w++ = '-';
    while (n) *w++ = digits[--n];
    return w;
}

/* The line's head up to "text": {"doc": D, "start": S, "end": E, "text": (what the snprintf it replaces wrote). */
static int out_head(Out *o, long long doc, long long start, long long end) {
    if (out_grow(o, 96) < 0) return -1;
    char *w = o->buf + o->len;
    memcpy(w, "{\"doc\": ", 8), w += 8;
    w = put_decimal(w, doc);
    memcpy(w, ", \"start\": ", 11), w += 11;
    w = put_decimal(w, start);
    memcpy(w, ", \"end\": ", 9), w += 9;
    w = put_decimal(w, end);
    memcpy(w, ", \"text\": ", 10), w += 10;
    o->len = w - o->buf;
    return 0;
}

/* The last tails looked up, by the identity of (matched, variant, category) and the confidence: most lines repeat
 * one of a few hundred tails, and a pointer compare is cheaper than a tuple, its hash and a dict lookup. The dict
 * holds the tails (borrowed here) and the hits hold the keys for the whole call, so no pointer is stale. */
#define TAIL_SLOTS 1024
typedef struct {
    PyObject *matched, *variant, *category, *tail;
    double confidence;
} TailSlot;

static TailSlot *tail_slot(TailSlot *slots, PyObject *matched, PyObject *variant, PyObject *category, double conf) {
    uintptr_t h = ((uintptr_t)matched >> 4) * 31u + ((uintptr_t)variant >> 4) * 7u + ((uintptr_t)category >> 4);
    h ^= (uintptr_t)(conf * 1000.0);
    return &slots[(h ^ (h >> 11)) & (TAIL_SLOTS - 1)];
}

/* Field i of a hit (a Match tuple), borrowed. */
static PyObject *field(PyObject *hit, Py_ssize_t i) {
    if (!PyTuple_Check(hit) || PyTuple_GET_SIZE(hit) < 10) {
        PyErr_SetString(PyExc_TypeError, "hits must be Match tuples");
        return NULL;
    }
    return PyTuple_GET_ITEM(hit, i);
}

/* tails[(matched, variant, category, confidence)] (borrowed), made by tail_of(hit) and kept there when missing. */
static PyObject *tail_lookup(PyObject *tails, PyObject *tail_of, PyObject *hit, PyObject *matched, PyObject *variant,
                             PyObject *category, PyObject *conf) {
    PyObject *key = PyTuple_Pack(4, matched, variant, category, conf);
    if (key == NULL) return NULL;
    PyObject *tail = PyDict_GetItemWithError(tails, key); /* borrowed */
    if (tail == NULL && !PyErr_Occurred() && (tail = PyObject_CallOneArg(tail_of, hit)) != NULL) {
        int bad = !PyUnicode_Check(tail) || PyDict_SetItem(tails, key, tail) < 0;
        Py_DECREF(tail); /* the dict holds it */
        if (bad) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "tail_of must return str");
            tail = NULL;
        }
    }
    Py_DECREF(key);
    return tail;
}

/* json_lines(hits, doc, min_confidence, tails, tail_of, line_of) -> (bytes, count): the UTF-8 lines of the hits with
 * confidence >= min_confidence. The fields after "text" come from tails[(matched, variant, category,
 * confidence)], filled by tail_of(hit) when missing; a hit with candidates is written by line_of(hit). */
static PyObject *hits_json_lines(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *hits, *tails, *tail_of, *line_of, *result = NULL;
    long long doc;
    double min_confidence;
    if (!PyArg_ParseTuple(args, "O!LdO!OO:json_lines", &PyList_Type, &hits, &doc, &min_confidence, &PyDict_Type,
                          &tails, &tail_of, &line_of))
        return NULL;
    Out o = {NULL, 0, 0};
    Py_ssize_t count = 0;
    TailSlot *slots = (TailSlot *)PyMem_Calloc(TAIL_SLOTS, sizeof(TailSlot));
    if (slots == NULL) return PyErr_NoMemory();
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(hits); k++) {
        PyObject *hit = PyList_GET_ITEM(hits, k), *conf = field(hit, 7);
        if (conf == NULL) goto done;
        double value = PyFloat_AsDouble(conf);
        if (value == -1.0 && PyErr_Occurred()) goto done;
        if (value < min_confidence) continue;
        count++;
        int has_same = PyObject_IsTrue(PyTuple_GET_ITEM(hit, 9));
        if (has_same < 0) goto done;
        if (has_same) {
            PyObject *line = PyObject_CallOneArg(line_of, hit);
            int bad = line == NULL || !PyUnicode_Check(line) || out_str(&o, line) < 0 || out_bytes(&o, "\n", 1) < 0;
            Py_XDECREF(line);
            if (bad) goto done;
            continue;
        }
        PyObject *matched = PyTuple_GET_ITEM(hit, 3), *variant = PyTuple_GET_ITEM(hit, 4);
        PyObject *category = PyTuple_GET_ITEM(hit, 5);
        TailSlot *slot = tail_slot(slots, matched, variant, category, value);
        PyObject *tail = slot->tail;
        if (tail == NULL || slot->matched != matched || slot->variant != variant || slot->category != category ||
            slot->confidence != value) {
            tail = tail_lookup(tails, tail_of, hit, matched, variant, category, conf);
            if (tail == NULL) goto done;
            *slot = (TailSlot){matched, variant, category, tail, value};
        }
        long long start = PyLong_AsLongLong(PyTuple_GET_ITEM(hit, 0)), end = PyLong_AsLongLong(PyTuple_GET_ITEM(hit, 1));
        if (PyErr_Occurred()) goto done;
        PyObject *text = PyTuple_GET_ITEM(hit, 2);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "a hit's text must be str");
            goto done;
        }
        if (out_head(&o, doc, start, end) < 0 || out_json_string(&o, text) < 0 || out_bytes(&o, ", ", 2) < 0 ||
            out_str(&o, tail) < 0 || out_bytes(&o, "\n", 1) < 0)
            goto done;
    }
    PyObject *lines = PyBytes_FromStringAndSize(o.buf ? o.buf : "", o.len);
    if (lines != NULL) result = Py_BuildValue("(Nn)", lines, count);
done:
    PyMem_Free(o.buf);
    PyMem_Free(slots);
    return result;
}

static PyMethodDef methods[] = {
    {"settle", hits_settle, METH_VARARGS,
     "settle(order, end, cut) -> (uint8 moved, int64 positions to check): one sweep of the word check"},
    {"cut_decide", hits_cut_decide, METH_VARARGS,
     "cut_decide(ftext, starts, ends, terms, split, spelled, cache, context, base, user, log_total, breaker) "
     "-> uint8 bytes: the word check of each hit, unseen windows decided and cached"},
    {"window_cache", hits_window_cache, METH_VARARGS,
     "window_cache(max_cached) -> capsule: an empty cache of cut_decide's window decisions"},
    {"cache_items", hits_cache_items, METH_VARARGS,
     "cache_items(cache) -> dict[str, bool]: a window_cache's windows (as window_key strs) and decisions"},
    {"word_table", hits_word_table, METH_VARARGS,
     "word_table(words) -> capsule: a dict str -> count as a hash table for cut_keys"},
    {"dict_table", hits_dict_table, METH_VARARGS,
     "dict_table(text) -> (capsule, total): a jieba dictionary file's text as jieba's tokenizer reads it"},
    {"word_count", hits_word_count, METH_VARARGS,
     "word_count(table, word) -> int | None: the count of a word (0: a prefix only; None: no word starts so)"},
    {"pair_words", hits_pair_words, METH_VARARGS,
     "pair_words(table, first, second) -> uint8 bytes: whether each pair of uint32 code points is a word"},
    {"table_words", hits_table_words, METH_VARARGS,
     "table_words(table, length) -> list[str]: the words of a table (of that many characters when length > 0)"},
    {"cut_keys", hits_cut_keys, METH_VARARGS,
     "cut_keys(keys, base, user, log_total, breaker) -> uint8 bytes: WordCut.cut of each window key"},
    {"exact_hits", hits_exact_hits, METH_VARARGS,
     "exact_hits(cls, starts, ends, rows, tails) -> list: cls(start, end, *tails[row]) per hit (a tuple subclass)"},
    {"json_lines", hits_json_lines, METH_VARARGS,
     "json_lines(hits, doc, min_confidence, tails, tail_of, line_of) -> (UTF-8 bytes, count): scan --json lines"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef moddef = {
    PyModuleDef_HEAD_INIT, "_hits", "Per-hit work of the matcher in C (see beian.text.matcher).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__hits(void) { return PyModule_Create(&moddef); }
