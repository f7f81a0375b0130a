"""Timing helpers shared by the scale benchmark: /usr/bin/time runs, medians, percentiles."""
import os
import statistics
import subprocess
import tempfile
import time


class CommandFailed(RuntimeError):
    pass


def timed(cmd, cwd=None, ok_codes=(0,)):
    """Runs cmd under /usr/bin/time; returns dict(seconds, cpu, rss_kb, status). Output is discarded."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf, tempfile.TemporaryFile("w+") as err:
        done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", tf.name, *cmd], cwd=cwd,
                              stdout=subprocess.DEVNULL, stderr=err)
        if done.returncode not in ok_codes:
            err.seek(0)
            raise CommandFailed(f"{' '.join(cmd)} exited {done.returncode}: {err.read()[-1500:]}")
        fields = tf.read().strip().splitlines()[-1].split()
    wall, user, sys_, rss = float(fields[0]), float(fields[1]), float(fields[2]), int(fields[3])
    return {"seconds": wall, "cpu": user + sys_, "rss_kb": rss, "status": done.returncode}


def wall(cmd, **kw):
    """Wall seconds of one run of cmd (stdout captured and returned too)."""
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    seconds = time.perf_counter() - start
    return seconds, done


def median(values):
    return statistics.median(values) if values else float("nan")


def percentile(values, p):
    """Nearest-rank percentile, p in 0..1."""
    v = sorted(values)
    if not v:
        return float("nan")
    rank = max(1, min(len(v), int(p * len(v) + 0.999999)))
    return v[rank - 1]


def summary_ms(seconds_list):
    ms = [s * 1000 for s in seconds_list]
    return {"n": len(ms), "p50": percentile(ms, 0.5), "p95": percentile(ms, 0.95), "p99": percentile(ms, 0.99)}


def du_kb(path):
    out = subprocess.run(["du", "-sk", path], stdout=subprocess.PIPE, text=True, check=True).stdout
    return int(out.split()[0])


def machine():
    """Cores, memory, CPU model and load, for the report header."""
    mem = cpu = ""
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem = line.split(":")[1].strip()
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":")[1].strip()
                break
    return {"cores": os.cpu_count(), "mem": mem, "cpu": cpu, "load": os.getloadavg()}
