/*
 * beian.text._acm: an Aho-Corasick automaton over Unicode code points.
 *
 * Every occurrence of every pattern is reported, overlapping ones included; duplicate patterns each
 * keep their own id. Nodes are numbered breadth-first, so a node's failure and dictionary links
 * always point to a smaller number and its children to larger ones (which is what makes a loaded
 * blob checkable in one linear pass: no link chain can loop).
 *
 * Breadth-first numbering also lays the transitions out in the order their targets were numbered,
 * so transition e (counting over all nodes) always leads to node e + 1: no target array is stored.
 *
 * The automaton is one contiguous little-endian block, which is also its serialised form:
 *
 *   header (64 bytes): magic "BEIANACM", u32 version, u32 header size, u64 total size,
 *                      u32 nodes, u32 edges, u32 outputs, u32 patterns, u32 root table size, 20 zero bytes
 *   u32 edge_start[nodes + 1]   transitions of node v are edge_start[v] .. edge_start[v + 1] - 1
 *   u32 edge_cp[edges]          their code points, strictly increasing within a node (target: e + 1)
 *   u32 fail[nodes]             failure link (longest proper suffix that is a node)
 *   u32 dict[nodes]             nearest node along the failure chain with outputs (0: none)
 *   u32 out_start[nodes + 1]    outputs of node v are out_pid[out_start[v] .. out_start[v + 1] - 1]
 *   u32 out_pid[outputs]        pattern ids
 *   u32 root[65536]             the root's transitions on the Basic Multilingual Plane, dense (0: none)
 *
 * each array padded to a multiple of 8 bytes. Plain C against the CPython API only.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAGIC "BEIANACM"
#define VERSION 1u
#define HEADER 64u
#define ROOT_SIZE 65536u
#define MAX_CP 0x10FFFFu
#define RELEASE_CHARS 4096 /* texts at least this long are scanned without the interpreter lock */

typedef struct {
    uint32_t n_nodes, n_edges, n_outs, n_patterns;
    const uint32_t *edge_start, *edge_cp, *fail, *dict, *out_start, *out_pid, *root;
} Tables;

typedef struct {
    uint64_t edge_start, edge_cp, fail, dict, out_start, out_pid, root, total;
} Layout;

typedef struct {
    PyObject_HEAD
    Tables t;
    char *block;     /* header + arrays */
    size_t size;
    PyObject *owner; /* the bytes object ``block`` points into, or NULL when ``block`` is our allocation */
} Automaton;

static PyTypeObject AutomatonType;

/* ------------------------------------------------------------------ layout */

static uint64_t pad8(uint64_t n) { return (n + 7) & ~(uint64_t)7; }

static Layout layout(uint64_t nn, uint64_t ne, uint64_t no) {
    Layout L;
    uint64_t at = HEADER;
    L.edge_start = at; at += pad8(4 * (nn + 1));
    L.edge_cp = at; at += pad8(4 * ne);
    L.fail = at; at += pad8(4 * nn);
    L.dict = at; at += pad8(4 * nn);
    L.out_start = at; at += pad8(4 * (nn + 1));
    L.out_pid = at; at += pad8(4 * no);
    L.root = at; at += 4 * (uint64_t)ROOT_SIZE;
    L.total = at;
    return L;
}

static uint32_t get32(const char *b, size_t at) { uint32_t v; memcpy(&v, b + at, 4); return v; }
static uint64_t get64(const char *b, size_t at) { uint64_t v; memcpy(&v, b + at, 8); return v; }

static void write_header(char *b, uint32_t nn, uint32_t no, uint32_t np, uint64_t total) {
    uint32_t words[5] = {nn, nn - 1, no, np, ROOT_SIZE};
    uint32_t version = VERSION, header = HEADER;
    memset(b, 0, HEADER);
    memcpy(b, MAGIC, 8);
    memcpy(b + 8, &version, 4);
    memcpy(b + 12, &header, 4);
    memcpy(b + 16, &total, 8);
    memcpy(b + 24, words, sizeof words);
}

/* Point the tables into ``b`` (a block whose header is already checked). */
static void bind(Tables *t, const char *b) {
    t->n_nodes = get32(b, 24);
    t->n_edges = get32(b, 28);
    t->n_outs = get32(b, 32);
    t->n_patterns = get32(b, 36);
    Layout L = layout(t->n_nodes, t->n_edges, t->n_outs);
    t->edge_start = (const uint32_t *)(b + L.edge_start);
    t->edge_cp = (const uint32_t *)(b + L.edge_cp);
    t->fail = (const uint32_t *)(b + L.fail);
    t->dict = (const uint32_t *)(b + L.dict);
    t->out_start = (const uint32_t *)(b + L.out_start);
    t->out_pid = (const uint32_t *)(b + L.out_pid);
    t->root = (const uint32_t *)(b + L.root);
}

/* ------------------------------------------------------------------ transitions and scanning */

/* The child of ``s`` on ``c``, or 0 (the root is nobody's child). */
static inline uint32_t child_of(const Tables *t, uint32_t s, uint32_t c) {
    if (s == 0 && c < ROOT_SIZE)
        return t->root[c];
    uint32_t lo = t->edge_start[s], hi = t->edge_start[s + 1];
    while (hi - lo > 8) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (t->edge_cp[mid] <= c)
            lo = mid;
        else
            hi = mid;
    }
    for (; lo < hi; lo++) {
        uint32_t e = t->edge_cp[lo];
        if (e >= c)
            return e == c ? lo + 1 : 0;
    }
    return 0;
}

static inline uint32_t step(const Tables *t, uint32_t s, uint32_t c) {
    for (;;) {
        uint32_t n = child_of(t, s, c);
        if (n || s == 0)
            return n;
        s = t->fail[s];
    }
}

typedef struct {
    int64_t *ids, *ends;
    size_t n, cap;
    int oom;
} Hits;

static int grow(Hits *h) {
    size_t cap = h->cap ? 2 * h->cap : 256;
    int64_t *ids = realloc(h->ids, cap * sizeof(int64_t));
    if (ids == NULL)
        return h->oom = 1;
    h->ids = ids;
    int64_t *ends = realloc(h->ends, cap * sizeof(int64_t));
    if (ends == NULL)
        return h->oom = 1;
    h->ends = ends;
    h->cap = cap;
    return 0;
}

#define DEFINE_SCAN(NAME, CHAR)                                                         \
    static void NAME(const Tables *t, const CHAR *text, Py_ssize_t len, Hits *h) {      \
        uint32_t s = 0;                                                                 \
        for (Py_ssize_t i = 0; i < len; i++) {                                          \
            s = step(t, s, (uint32_t)text[i]);                                          \
            for (uint32_t v = s; v != 0; v = t->dict[v]) {                              \
                for (uint32_t o = t->out_start[v]; o < t->out_start[v + 1]; o++) {      \
                    if (h->n == h->cap && grow(h))                                      \
                        return;                                                         \
                    h->ids[h->n] = t->out_pid[o];                                       \
                    h->ends[h->n++] = i + 1;                                            \
                }                                                                       \
            }                                                                           \
        }                                                                               \
    }

DEFINE_SCAN(scan1, Py_UCS1)
DEFINE_SCAN(scan2, Py_UCS2)
DEFINE_SCAN(scan4, Py_UCS4)

static void scan(const Tables *t, int kind, const void *data, Py_ssize_t len, Hits *h) {
    if (kind == PyUnicode_1BYTE_KIND)
        scan1(t, data, len, h);
    else if (kind == PyUnicode_2BYTE_KIND)
        scan2(t, data, len, h);
    else
        scan4(t, data, len, h);
}

/* ------------------------------------------------------------------ building */

typedef struct {
    const uint32_t *cps;
    uint32_t len, id;
} Pattern;

static int cmp_pattern(const void *x, const void *y) {
    const Pattern *a = x, *b = y;
    uint32_t n = a->len < b->len ? a->len : b->len;
    for (uint32_t i = 0; i < n; i++)
        if (a->cps[i] != b->cps[i])
            return a->cps[i] < b->cps[i] ? -1 : 1;
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    return a->id < b->id ? -1 : (a->id > b->id);
}

/* cmp_pattern for two patterns whose first KEY_CPS code points (or all, when shorter) are known equal. */
#define KEY_CPS 3u
static int cmp_tail(const void *x, const void *y) {
    const Pattern *a = x, *b = y;
    uint32_t n = a->len < b->len ? a->len : b->len;
    for (uint32_t i = KEY_CPS; i < n; i++)
        if (a->cps[i] != b->cps[i])
            return a->cps[i] < b->cps[i] ? -1 : 1;
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    return a->id < b->id ? -1 : (a->id > b->id);
}

/* A pattern's first KEY_CPS code points, each plus one in 21 bits (0 where the pattern has ended): keys
 * compare as cmp_pattern compares those code points, a prefix first; equal keys mean equal code points
 * there and both patterns at least KEY_CPS long, or both the same shorter length. */
static uint64_t prefix_key(const Pattern *p) {
    uint64_t k = 0;
    for (uint32_t i = 0; i < KEY_CPS; i++)
        k = (k << 21) | (i < p->len ? (uint64_t)p->cps[i] + 1 : 0);
    return k;
}

#define RADIX_BITS 11u
#define RADIX (1u << RADIX_BITS)

/* The order qsort(cmp_pattern) gives, found faster: ``pats`` (in id order) radix-sorted by prefix_key,
 * least significant digit first (stable: equal keys stay in id order), then each run of equal keys
 * longer than one sorted by the code points after the key. Returns 0 when out of memory. */
static int sort_patterns(Pattern *pats, uint32_t np) {
    uint64_t *key = malloc(8 * (size_t)np + 8), *key2 = malloc(8 * (size_t)np + 8);
    Pattern *pats2 = malloc(sizeof(Pattern) * (size_t)np + 1);
    size_t *count = malloc(sizeof(size_t) * RADIX);
    if (!key || !key2 || !pats2 || !count) {
        free(key); free(key2); free(pats2); free(count);
        return 0;
    }
    for (uint32_t k = 0; k < np; k++)
        key[k] = prefix_key(&pats[k]);
    Pattern *src = pats, *dst = pats2;
    for (uint32_t shift = 0; shift < 21 * KEY_CPS; shift += RADIX_BITS) {
        memset(count, 0, sizeof(size_t) * RADIX);
        for (uint32_t k = 0; k < np; k++)
            count[(key[k] >> shift) & (RADIX - 1)]++;
        if (np && count[(key[0] >> shift) & (RADIX - 1)] == np)
            continue; /* one digit value throughout: this pass would change nothing */
        size_t at = 0;
        for (uint32_t d = 0; d < RADIX; d++) {
            size_t c = count[d];
            count[d] = at;
            at += c;
        }
        for (uint32_t k = 0; k < np; k++) {
            size_t to = count[(key[k] >> shift) & (RADIX - 1)]++;
            key2[to] = key[k];
            dst[to] = src[k];
        }
        uint64_t *kt = key; key = key2; key2 = kt;
        Pattern *pt = src; src = dst; dst = pt;
    }
    if (src != pats)
        memcpy(pats, src, sizeof(Pattern) * (size_t)np);
    for (uint32_t a = 0, b; a < np; a = b) {
        for (b = a + 1; b < np && key[b] == key[a]; b++)
            ;
        if (b - a > 1)
            qsort(pats + a, b - a, sizeof(Pattern), cmp_tail);
    }
    free(key); free(key2); free(pats2); free(count);
    return 1;
}

typedef struct {
    uint32_t *parent, *incp, *term, *path, *start, *child, *order, *newid;
} Work;

static void free_work(Work *w) {
    free(w->parent); free(w->incp); free(w->term); free(w->path);
    free(w->start); free(w->child); free(w->order); free(w->newid);
}

/* Insert the sorted patterns: children of a node are created in increasing code point order. */
static uint32_t make_trie(const Pattern *pats, uint32_t np, Work *w) {
    uint32_t nn = 1, prev_len = 0;
    w->path[0] = 0;
    for (uint32_t k = 0; k < np; k++) {
        const Pattern *p = &pats[k];
        uint32_t lcp = 0;
        if (k > 0) {
            uint32_t lim = p->len < prev_len ? p->len : prev_len;
            while (lcp < lim && pats[k - 1].cps[lcp] == p->cps[lcp])
                lcp++;
        }
        for (uint32_t j = lcp; j < p->len; j++) {
            w->parent[nn] = w->path[j];
            w->incp[nn] = p->cps[j];
            w->path[j + 1] = nn++;
        }
        w->term[k] = w->path[p->len];
        prev_len = p->len;
    }
    return nn;
}

/* Children lists in creation numbering, then a breadth-first renumbering. */
static void renumber(uint32_t nn, Work *w) {
    memset(w->start, 0, sizeof(uint32_t) * ((size_t)nn + 1));
    for (uint32_t v = 1; v < nn; v++)
        w->start[w->parent[v] + 1]++;
    for (uint32_t v = 0; v < nn; v++)
        w->start[v + 1] += w->start[v];
    uint32_t *fill = w->path; /* reused: build_block gives it at least nn entries */
    memcpy(fill, w->start, sizeof(uint32_t) * nn);
    for (uint32_t v = 1; v < nn; v++)
        w->child[fill[w->parent[v]]++] = v;
    uint32_t head = 0, tail = 1;
    w->order[0] = 0;
    w->newid[0] = 0;
    while (head < tail) {
        uint32_t u = w->order[head++];
        for (uint32_t e = w->start[u]; e < w->start[u + 1]; e++) {
            w->newid[w->child[e]] = tail;
            w->order[tail++] = w->child[e];
        }
    }
}

static void fill_links(Tables *t, uint32_t *fail, uint32_t *dict) {
    fail[0] = dict[0] = 0;
    for (uint32_t u = 0; u < t->n_nodes; u++) {
        for (uint32_t e = t->edge_start[u]; e < t->edge_start[u + 1]; e++) {
            uint32_t v = e + 1, c = t->edge_cp[e], f = 0;
            if (u != 0) {
                for (uint32_t s = fail[u];; s = fail[s]) {
                    f = child_of(t, s, c);
                    if (f || s == 0)
                        break;
                }
            }
            fail[v] = f;
            dict[v] = t->out_start[f + 1] > t->out_start[f] ? f : dict[f];
        }
    }
}

/* Put ``pats`` (in id order) in the order of the ids ``order`` lists, when that is a permutation under which
 * they are sorted as cmp_pattern sorts them, and return 1; else (or out of memory) leave them and return 0. */
static int apply_order(Pattern *pats, uint32_t np, const char *order) {
    Pattern *moved = malloc(sizeof(Pattern) * (size_t)np + 1);
    uint8_t *seen = calloc((size_t)np + 1, 1);
    int ok = moved != NULL && seen != NULL;
    for (uint32_t k = 0; ok && k < np; k++) {
        int64_t id;
        memcpy(&id, order + 8 * (size_t)k, 8); /* any alignment */
        ok = id >= 0 && id < (int64_t)np && !seen[id];
        if (ok) {
            seen[id] = 1;
            moved[k] = pats[id];
            ok = k == 0 || cmp_pattern(&moved[k - 1], &moved[k]) < 0;
        }
    }
    if (ok)
        memcpy(pats, moved, sizeof(Pattern) * (size_t)np);
    free(moved);
    free(seen);
    return ok;
}

/* The automaton block for ``np`` patterns (NULL when out of memory), their sorted order taken from ``order``
 * where that is right (see apply_order), else found here. Runs without the interpreter lock. */
static char *build_block(Pattern *pats, uint32_t np, uint64_t total_chars, uint32_t max_len, const char *order,
                         size_t *size) {
    if ((order == NULL || !apply_order(pats, np, order)) && !sort_patterns(pats, np))
        qsort(pats, np, sizeof(Pattern), cmp_pattern);
    size_t cap = (size_t)total_chars + 1, path_len = (size_t)max_len + 1;
    Work w = {0};
    w.parent = malloc(4 * cap); w.incp = malloc(4 * cap); w.term = malloc(4 * (size_t)np + 4);
    w.path = malloc(4 * (path_len > cap ? path_len : cap));
    w.start = malloc(4 * (cap + 1)); w.child = malloc(4 * cap); w.order = malloc(4 * cap); w.newid = malloc(4 * cap);
    if (!w.parent || !w.incp || !w.term || !w.path || !w.start || !w.child || !w.order || !w.newid) {
        free_work(&w);
        return NULL;
    }
    uint32_t nn = make_trie(pats, np, &w);
    renumber(nn, &w);
    Layout L = layout(nn, nn - 1, np);
    char *b = calloc(1, (size_t)L.total);
    if (b == NULL) {
        free_work(&w);
        return NULL;
    }
    write_header(b, nn, np, np, L.total);
    Tables t;
    bind(&t, b);
    uint32_t *es = (uint32_t *)t.edge_start, *ecp = (uint32_t *)t.edge_cp;
    uint32_t *os = (uint32_t *)t.out_start, *op = (uint32_t *)t.out_pid, *root = (uint32_t *)t.root;
    uint32_t at = 0;
    for (uint32_t k = 0; k < nn; k++) { /* node k (new numbering) is w.order[k]; edge ``at`` leads to at + 1 */
        uint32_t u = w.order[k];
        es[k] = at;
        for (uint32_t e = w.start[u]; e < w.start[u + 1]; e++, at++) {
            ecp[at] = w.incp[w.child[e]];
            if (k == 0 && ecp[at] < ROOT_SIZE)
                root[ecp[at]] = at + 1;
        }
    }
    es[nn] = at;
    for (uint32_t k = 0; k < np; k++)
        os[w.newid[w.term[k]] + 1]++;
    for (uint32_t v = 0; v < nn; v++)
        os[v + 1] += os[v];
    uint32_t *fill = w.start; /* no longer needed: reused as per-node write positions */
    memcpy(fill, os, sizeof(uint32_t) * nn);
    for (uint32_t k = 0; k < np; k++) /* sorted, ties by id: each node's ids come out ascending */
        op[fill[w.newid[w.term[k]]]++] = pats[k].id;
    free_work(&w);
    fill_links(&t, (uint32_t *)t.fail, (uint32_t *)t.dict);
    *size = (size_t)L.total;
    return b;
}

static Automaton *wrap(char *block, size_t size, PyObject *owner) {
    Automaton *a = PyObject_New(Automaton, &AutomatonType);
    if (a == NULL) {
        if (owner == NULL)
            free(block);
        return NULL;
    }
    a->block = block;
    a->size = size;
    a->owner = owner;
    Py_XINCREF(owner);
    bind(&a->t, block);
    return a;
}

/* Code points of every pattern into one array (with the interpreter lock). */
static uint32_t *gather(PyObject *seq, Pattern **pats_out, uint64_t *total_out, uint32_t *max_out) {
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    uint64_t total = 0;
    uint32_t max_len = 0;
    if ((uint64_t)n >= UINT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "too many patterns");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyUnicode_Check(items[i])) {
            PyErr_Format(PyExc_TypeError, "pattern %zd is not a str", i);
            return NULL;
        }
        Py_ssize_t len = PyUnicode_GET_LENGTH(items[i]);
        if (len == 0) {
            PyErr_Format(PyExc_ValueError, "pattern %zd is empty", i);
            return NULL;
        }
        total += (uint64_t)len;
        if ((uint64_t)len > max_len)
            max_len = (uint32_t)(len < UINT32_MAX ? len : UINT32_MAX);
    }
    if (total >= UINT32_MAX - 1) {
        PyErr_SetString(PyExc_ValueError, "patterns too long in total");
        return NULL;
    }
    uint32_t *cps = malloc(4 * (size_t)total + 4);
    Pattern *pats = malloc(sizeof(Pattern) * (size_t)n + 1);
    if (cps == NULL || pats == NULL) {
        free(cps);
        free(pats);
        PyErr_NoMemory();
        return NULL;
    }
    size_t at = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *s = items[i];
        int kind = PyUnicode_KIND(s);
        const void *data = PyUnicode_DATA(s);
        Py_ssize_t len = PyUnicode_GET_LENGTH(s);
        pats[i].cps = cps + at;
        pats[i].len = (uint32_t)len;
        pats[i].id = (uint32_t)i;
        for (Py_ssize_t j = 0; j < len; j++)
            cps[at++] = (uint32_t)PyUnicode_READ(kind, data, j);
    }
    *pats_out = pats;
    *total_out = total;
    *max_out = max_len;
    return cps;
}

static PyObject *acm_build(PyObject *mod, PyObject *args) {
    (void)mod;
    PyObject *arg;
    Py_buffer order = {0};
    if (!PyArg_ParseTuple(args, "O|y*:build", &arg, &order))
        return NULL;
    PyObject *seq = PySequence_Fast(arg, "patterns must be a sequence of str");
    if (seq == NULL) {
        PyBuffer_Release(&order);
        return NULL;
    }
    Pattern *pats = NULL;
    uint64_t total = 0;
    uint32_t max_len = 0;
    uint32_t np = (uint32_t)PySequence_Fast_GET_SIZE(seq);
    uint32_t *cps = gather(seq, &pats, &total, &max_len);
    Py_DECREF(seq);
    if (cps != NULL && order.buf != NULL && (size_t)order.len != 8 * (size_t)np) {
        PyErr_SetString(PyExc_ValueError, "order must hold one int64 per pattern");
        free(cps);
        free(pats);
        cps = NULL;
    }
    if (cps == NULL) {
        PyBuffer_Release(&order);
        return NULL;
    }
    char *block;
    size_t size = 0;
    const char *ids = order.buf; /* int64 ids, read with memcpy */
    Py_BEGIN_ALLOW_THREADS
    block = build_block(pats, np, total, max_len, ids, &size);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&order);
    free(cps);
    free(pats);
    if (block == NULL)
        return PyErr_NoMemory();
    return (PyObject *)wrap(block, size, NULL);
}

static PyObject *acm_sort_order(PyObject *mod, PyObject *arg) {
    (void)mod;
    PyObject *seq = PySequence_Fast(arg, "patterns must be a sequence of str");
    if (seq == NULL)
        return NULL;
    Pattern *pats = NULL;
    uint64_t total = 0;
    uint32_t max_len = 0;
    uint32_t np = (uint32_t)PySequence_Fast_GET_SIZE(seq);
    uint32_t *cps = gather(seq, &pats, &total, &max_len);
    Py_DECREF(seq);
    if (cps == NULL)
        return NULL;
    int64_t *ids = malloc(sizeof(int64_t) * (size_t)np + 1);
    if (ids != NULL) {
        Py_BEGIN_ALLOW_THREADS
        if (!sort_patterns(pats, np))
            qsort(pats, np, sizeof(Pattern), cmp_pattern);
        for (uint32_t k = 0; k < np; k++)
            ids[k] = pats[k].id;
        Py_END_ALLOW_THREADS
    }
    free(cps);
    free(pats);
    if (ids == NULL)
        return PyErr_NoMemory();
    PyObject *order = PyBytes_FromStringAndSize((const char *)ids, (Py_ssize_t)(8 * (size_t)np));
    PyObject *sorted = order == NULL ? NULL : PyList_New((Py_ssize_t)np);
    if (sorted != NULL) {
        PyObject *all = PySequence_Fast(arg, "patterns must be a sequence of str");
        if (all == NULL || PySequence_Fast_GET_SIZE(all) != (Py_ssize_t)np) { /* changed meanwhile */
            if (all != NULL)
                PyErr_SetString(PyExc_RuntimeError, "patterns changed while they were sorted");
            Py_CLEAR(sorted);
        } else {
            PyObject **items = PySequence_Fast_ITEMS(all);
            for (uint32_t k = 0; k < np; k++) {
                Py_INCREF(items[ids[k]]);
                PyList_SET_ITEM(sorted, k, items[ids[k]]);
            }
        }
        Py_XDECREF(all);
    }
    free(ids);
    if (sorted == NULL) {
        Py_XDECREF(order);
        return NULL;
    }
    return Py_BuildValue("(NN)", order, sorted);
}

/* ------------------------------------------------------------------ loading */

static const char *check_header(const char *b, size_t size) {
    if (size < HEADER)
        return "truncated header";
    if (memcmp(b, MAGIC, 8) != 0)
        return "not an automaton (bad magic)";
    if (get32(b, 8) != VERSION || get32(b, 12) != HEADER)
        return "unsupported automaton version";
    for (size_t i = 44; i < HEADER; i++)
        if (b[i] != 0)
            return "reserved header bytes are not zero";
    uint32_t nn = get32(b, 24), ne = get32(b, 28), no = get32(b, 32), np = get32(b, 36);
    if (nn == 0 || ne != nn - 1 || get32(b, 40) != ROOT_SIZE)
        return "inconsistent node, edge or root table counts";
    if (no > 0 && np == 0)
        return "outputs without patterns";
    Layout L = layout(nn, ne, no);
    if (get64(b, 16) != L.total || L.total != (uint64_t)size)
        return "size does not match the header (truncated or padded)";
    return NULL;
}

static const char *check_ranges(const uint32_t *starts, uint32_t n, uint32_t total) {
    if (starts[0] != 0 || starts[n] != total)
        return "offset table does not span its array";
    for (uint32_t v = 0; v < n; v++)
        if (starts[v + 1] < starts[v])
            return "offset table decreases";
    return NULL;
}

static const char *check_tables(const Tables *t) {
    uint32_t nn = t->n_nodes;
    const char *err = check_ranges(t->edge_start, nn, t->n_edges);
    if (err == NULL)
        err = check_ranges(t->out_start, nn, t->n_outs);
    if (err != NULL)
        return err;
    for (uint32_t u = 0; u < nn; u++) {
        for (uint32_t e = t->edge_start[u]; e < t->edge_start[u + 1]; e++) {
            if (t->edge_cp[e] > MAX_CP || (e > t->edge_start[u] && t->edge_cp[e] <= t->edge_cp[e - 1]))
                return "transition code points out of range or unsorted";
            if (e + 1 <= u)
                return "transition to an earlier node";
        }
        if (u > 0 && (t->fail[u] >= u || t->dict[u] >= u))
            return "failure or dictionary link out of range";
    }
    if (t->fail[0] != 0 || t->dict[0] != 0 || t->out_start[1] != 0)
        return "root links or outputs invalid";
    for (uint32_t o = 0; o < t->n_outs; o++)
        if (t->out_pid[o] >= t->n_patterns)
            return "pattern id out of range";
    uint32_t dense = 0, listed = 0;
    for (uint32_t c = 0; c < ROOT_SIZE; c++) {
        if (t->root[c] >= nn)
            return "root table entry out of range";
        dense += t->root[c] != 0;
    }
    for (uint32_t e = t->edge_start[0]; e < t->edge_start[1]; e++) {
        if (t->edge_cp[e] >= ROOT_SIZE)
            break;
        if (t->root[t->edge_cp[e]] != e + 1)
            return "root table disagrees with the root's transitions";
        listed++;
    }
    return dense == listed ? NULL : "root table disagrees with the root's transitions";
}

static PyObject *acm_load(PyObject *mod, PyObject *arg) {
    (void)mod;
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    const char *err;
    size_t size = (size_t)view.len;
    /* an immutable, aligned bytes object is used in place; anything else is copied */
    int borrow = PyBytes_CheckExact(arg) && ((uintptr_t)view.buf % 8) == 0;
    char *block = borrow ? (char *)view.buf : NULL;
    Tables t;
    Py_BEGIN_ALLOW_THREADS
    err = check_header(view.buf, size);
    if (err == NULL && !borrow) {
        block = malloc(size);
        if (block == NULL)
            err = "out of memory";
        else
            memcpy(block, view.buf, size);
    }
    if (err == NULL) {
        bind(&t, block);
        err = check_tables(&t);
    }
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    if (err != NULL) {
        if (!borrow)
            free(block);
        PyErr_Format(PyExc_ValueError, "invalid automaton: %s", err);
        return NULL;
    }
    return (PyObject *)wrap(block, size, borrow ? arg : NULL);
}

/* ------------------------------------------------------------------ the Automaton type */

static PyObject *automaton_find(Automaton *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "text must be a str");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0)
        return NULL;
#endif
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    Hits h = {0};
    if (len >= RELEASE_CHARS) {
        /* str objects are immutable: references keep the characters and the tables in place */
        Py_INCREF(text);
        Py_INCREF(self);
        Py_BEGIN_ALLOW_THREADS
        scan(&self->t, kind, data, len, &h);
        Py_END_ALLOW_THREADS
        Py_DECREF(self);
        Py_DECREF(text);
    } else {
        scan(&self->t, kind, data, len, &h);
    }
    PyObject *ids = h.oom ? NULL : PyBytes_FromStringAndSize((const char *)h.ids, (Py_ssize_t)(8 * h.n));
    PyObject *ends = ids == NULL ? NULL : PyBytes_FromStringAndSize((const char *)h.ends, (Py_ssize_t)(8 * h.n));
    free(h.ids);
    free(h.ends);
    if (ends == NULL) {
        Py_XDECREF(ids);
        return h.oom ? PyErr_NoMemory() : NULL;
    }
    return Py_BuildValue("(NN)", ids, ends);
}

static PyObject *automaton_dump(Automaton *self, PyObject *unused) {
    (void)unused;
    return PyBytes_FromStringAndSize(self->block, (Py_ssize_t)self->size);
}

static PyObject *automaton_patterns(Automaton *self, void *closure) {
    (void)closure;
    return PyLong_FromUnsignedLong(self->t.n_patterns);
}

static PyObject *automaton_nodes(Automaton *self, void *closure) {
    (void)closure;
    return PyLong_FromUnsignedLong(self->t.n_nodes);
}

static PyObject *automaton_nbytes(Automaton *self, void *closure) {
    (void)closure;
    return PyLong_FromSize_t(self->size);
}

static void automaton_dealloc(Automaton *self) {
    if (self->owner != NULL)
        Py_DECREF(self->owner);
    else
        free(self->block);
    PyObject_Free(self);
}

static PyMethodDef automaton_methods[] = {
    {"find", (PyCFunction)automaton_find, METH_O,
     "find(text) -> (ids, ends): int64 pattern ids and exclusive end character offsets of every occurrence, "
     "as little-endian bytes (wrap with numpy.frombuffer)."},
    {"dump", (PyCFunction)automaton_dump, METH_NOARGS, "dump() -> bytes: the automaton, for load()."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef automaton_getset[] = {
    {"patterns", (getter)automaton_patterns, NULL, "number of patterns", NULL},
    {"nodes", (getter)automaton_nodes, NULL, "number of trie nodes", NULL},
    {"nbytes", (getter)automaton_nbytes, NULL, "size of the automaton (and of its dump) in bytes", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject AutomatonType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "beian.text._acm.Automaton",
    .tp_basicsize = sizeof(Automaton),
    .tp_dealloc = (destructor)automaton_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "An Aho-Corasick automaton over code points (made by build() or load()); immutable, thread-safe.",
    .tp_methods = automaton_methods,
    .tp_getset = automaton_getset,
};

static PyMethodDef module_methods[] = {
    {"build", (PyCFunction)acm_build, METH_VARARGS,
     "build(patterns[, order]) -> Automaton: every pattern a non-empty str; a pattern's id is its position. "
     "order: sort_order(patterns), saving the build its own sort (checked; a wrong order is not used)."},
    {"sort_order", (PyCFunction)acm_sort_order, METH_O,
     "sort_order(patterns) -> (order, sorted): order, int64 little-endian bytes, the pattern ids ordered as "
     "sorted() orders the strings (code point by code point, a prefix first; equal strings by id), sorted without "
     "the interpreter lock; sorted, the patterns in that order (a new list, what sorted(patterns) gives)."},
    {"load", (PyCFunction)acm_load, METH_O,
     "load(buffer) -> Automaton from dump() output; ValueError when the data is truncated or corrupt."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef moddef = {
    PyModuleDef_HEAD_INIT, "_acm", "Aho-Corasick automaton over Unicode code points.", -1, module_methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__acm(void) {
    if (PyType_Ready(&AutomatonType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&moddef);
    if (m == NULL)
        return NULL;
    Py_INCREF(&AutomatonType);
    if (PyModule_AddObject(m, "Automaton", (PyObject *)&AutomatonType) < 0 ||
        PyModule_AddIntConstant(m, "FORMAT_VERSION", VERSION) < 0) {
        Py_DECREF(&AutomatonType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
