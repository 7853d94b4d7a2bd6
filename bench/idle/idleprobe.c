// idleprobe: what one statement sent now and then costs the MariaDB server thread that serves its connection
// (issue 10: an idle window's change checks). Built and run by bench/idle/run; by hand:
//
//   cc -O2 -o idleprobe idleprobe.c $(pkg-config --cflags --libs libmariadb)
//   env PROBE_SOCKET=SOCK PROBE_PORT=PORT PROBE_DB=DB PROBE_PID=SERVER_PID PROBE_SPACING=3 PROBE_ROUNDS=40
//       ./idleprobe 'NAME[:ps|:reset][:tcp][@DB]=STATEMENT' ... ('NAME=PING' sends COM_PING, 'NAME=STAT'
//       COM_STATISTICS, the change watcher's statement count)
//
// Each candidate gets its own connection (:tcp over 127.0.0.1, else the unix socket; @DB another database); every
// PROBE_SPACING seconds each connection sends its statement once, the candidates spread evenly inside the spacing
// in an order that rotates every round, so the machine's noise falls on all of them alike. :ps executes a
// statement prepared once (libmariadb's mysql_stmt_execute: one COM_STMT_EXECUTE); :reset calls mysql_stmt_reset()
// first, as Qt's QMYSQLResult::exec() does (a COM_STMT_RESET round trip more). The CPU time of each connection's
// server thread (/proc/PID/task/TID/schedstat, ns; TID from information_schema.PROCESSLIST) is read just before
// each of its statements, so one difference covers one statement: the wake, the work and going back to sleep.
// Prints quartiles and the mean per candidate, in microseconds, and the client's round-trip time.
#include <mysql.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    const char *name;
    const char *sql; // NULL: COM_PING or COM_STATISTICS
    int stat;
    int prepared;
    int tcp;
    int reset;
    MYSQL *my;
    MYSQL_STMT *stmt;
    long tid;
    double *cost; // µs per statement
    double *lat;
    int n;
    double last;
} Cand;

static long serverPid;
static double threadNs(long tid)
{
    char path[128];
    snprintf(path, sizeof path, "/proc/%ld/task/%ld/schedstat", serverPid, tid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    double ns = -1;
    if (fscanf(f, "%lf", &ns) != 1)
        ns = -1;
    fclose(f);
    return ns;
}
// The whole server: the sum over its threads (utime and stime in /proc/PID/stat are 10 ms ticks: too coarse).
static double serverNs(void)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "cat /proc/%ld/task/*/schedstat 2>/dev/null", serverPid);
    FILE *p = popen(cmd, "r");
    double sum = 0, a, b, c;
    while (fscanf(p, "%lf %lf %lf", &a, &b, &c) == 3)
        sum += a;
    pclose(p);
    return sum;
}
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}
static void sleepUntil(double t)
{
    double d = t - now();
    if (d > 0) {
        struct timespec ts = {(time_t)d, (long)((d - (time_t)d) * 1e9)};
        nanosleep(&ts, NULL);
    }
}
static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}
static void die(MYSQL *my, const char *what)
{
    fprintf(stderr, "%s: %s\n", what, my ? mysql_error(my) : "");
    exit(1);
}
static void run(Cand *c)
{
    if (c->stat) {
        if (!mysql_stat(c->my))
            die(c->my, "stat");
        return;
    }
    if (!c->sql) {
        if (mysql_ping(c->my))
            die(c->my, "ping");
        return;
    }
    if (c->prepared) {
        if (c->reset && mysql_stmt_reset(c->stmt))
            die(c->my, "reset");
        if (mysql_stmt_execute(c->stmt))
            die(c->my, mysql_stmt_error(c->stmt));
        mysql_stmt_store_result(c->stmt);
        mysql_stmt_free_result(c->stmt);
        return;
    }
    if (mysql_real_query(c->my, c->sql, strlen(c->sql)))
        die(c->my, c->sql);
    MYSQL_RES *r = mysql_store_result(c->my);
    if (r)
        mysql_free_result(r);
}

int main(int argc, char **argv)
{
    const char *sock = getenv("PROBE_SOCKET"), *db = getenv("PROBE_DB"), *port = getenv("PROBE_PORT");
    double spacing = atof(getenv("PROBE_SPACING") ? getenv("PROBE_SPACING") : "3");
    int rounds = atoi(getenv("PROBE_ROUNDS") ? getenv("PROBE_ROUNDS") : "20");
    if (!getenv("PROBE_PID") || !db || !port || argc < 2) {
        fprintf(stderr, "usage: see the comment at the top of idleprobe.c\n");
        return 2;
    }
    serverPid = atol(getenv("PROBE_PID"));
    int k = argc - 1;
    Cand *cs = calloc(k, sizeof *cs);
    for (int i = 0; i < k; ++i) {
        // NAME[:ps|:reset][:tcp][@DB]=SQL  or NAME=PING  or NAME=STAT
        char *arg = strdup(argv[i + 1]);
        char *eq = strchr(arg, '=');
        *eq = 0;
        Cand *c = &cs[i];
        c->name = arg;
        c->stat = !strcmp(eq + 1, "STAT");
        c->sql = strcmp(eq + 1, "PING") && !c->stat ? eq + 1 : NULL;
        c->prepared = strstr(arg, ":ps") != NULL;
        c->tcp = strstr(arg, ":tcp") != NULL;
        c->reset = strstr(arg, ":reset") != NULL;
        if (c->reset) c->prepared = 1;
        c->my = mysql_init(NULL);
        unsigned proto = c->tcp ? MYSQL_PROTOCOL_TCP : MYSQL_PROTOCOL_SOCKET;
        mysql_options(c->my, MYSQL_OPT_PROTOCOL, &proto);
        const char *at = strchr(arg, '@');
        if (!mysql_real_connect(c->my, c->tcp ? "127.0.0.1" : "localhost", "root", NULL, at ? at + 1 : db, atoi(port),
                                c->tcp ? NULL : sock, 0))
            die(c->my, "connect");
        mysql_query(c->my, "SELECT TID FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()");
        MYSQL_RES *r = mysql_store_result(c->my);
        c->tid = atol(mysql_fetch_row(r)[0]);
        mysql_free_result(r);
        if (c->prepared) {
            c->stmt = mysql_stmt_init(c->my);
            if (mysql_stmt_prepare(c->stmt, c->sql, strlen(c->sql)))
                die(c->my, mysql_stmt_error(c->stmt));
        }
        c->cost = calloc(rounds + 1, sizeof(double));
        c->lat = calloc(rounds + 1, sizeof(double));
        run(c); // warm: the first one is not counted
    }
    sleep(1);
    double t0 = now() + 0.5, s0 = serverNs();
    for (int round = 0; round <= rounds; ++round) {
        for (int j = 0; j < k; ++j) {
            Cand *c = &cs[(j + round) % k];
            sleepUntil(t0 + round * spacing + j * spacing / k);
            double ns = threadNs(c->tid);
            if (round > 0)
                c->cost[c->n++] = (ns - c->last) / 1e3;
            c->last = ns;
            if (round < rounds) {
                double a = now();
                run(c);
                c->lat[round] = (now() - a) * 1e6;
            }
        }
    }
    double s1 = serverNs(), secs = now() - t0;
    printf("spacing %.2f s, %d statements each, server total %.1f ms/min over %.0f s\n", spacing, rounds,
           (s1 - s0) / 1e6 * 60 / secs, secs);
    printf("%-14s %8s %8s %8s %8s %9s\n", "candidate", "p25_us", "median", "p75_us", "mean_us", "lat_med");
    for (int i = 0; i < k; ++i) {
        Cand *c = &cs[i];
        double mean = 0;
        for (int j = 0; j < c->n; ++j)
            mean += c->cost[j];
        mean /= c->n;
        qsort(c->cost, c->n, sizeof(double), cmp);
        qsort(c->lat, rounds, sizeof(double), cmp);
        printf("%-14s %8.0f %8.0f %8.0f %8.0f %9.0f\n", c->name, c->cost[c->n / 4], c->cost[c->n / 2],
               c->cost[3 * c->n / 4], mean, c->lat[rounds / 2]);
    }
    return 0;
}
