"""Tranquil as several instances on one machine, for `make scale`: Debian's PostgreSQL,
Redis and nginx on 127.0.0.1, moto's S3 server standing in for object storage (at the
network edge, like Stripe), a real SMTP server, two gunicorn instances behind nginx, the
task worker and the mail sender. Every server listens on 127.0.0.1 and stops with the run.
"""

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import boto3
import requests

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
BUCKET = "tranquil-media"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(check, what, timeout=60):
    """Poll `check` until it returns truthy; servers take their own time to start."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except (OSError, requests.RequestException):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not start within {timeout} s")


def listening(port):
    def check():
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True

    return check


def as_postgres(command):
    """PostgreSQL refuses to run as root: run its programs as the postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def pg_bin():
    """Debian's newest PostgreSQL programs (server and client side by side)."""
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[4]))
    if versions:
        return Path(versions[-1])
    found = shutil.which("initdb")
    if not found:
        raise RuntimeError("PostgreSQL is not installed (apt install postgresql)")
    return Path(found).parent


class Stack:
    """Starts everything in `start()`, stops it in `stop()`; `instances` are restartable."""

    def __init__(self, workdir):
        self.dir = Path(workdir)
        self.processes = []
        self.instances = {}
        self.pg_data = None

    # Servers the site uses -----------------------------------------------------------

    def start_postgres(self):
        # Its own directory under /tmp: the postgres user cannot enter pytest's (mode 700).
        bin_dir, self.pg_data = pg_bin(), Path(tempfile.mkdtemp(prefix="tranquil-scale-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.pg_data, "postgres")
        port = free_port()
        data = str(self.pg_data / "db")
        subprocess.run(
            as_postgres([str(bin_dir / "initdb"), "-D", data, "-U", "tranquil", "--auth=trust"]),
            check=True,
            capture_output=True,
        )
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off"
        subprocess.run(
            as_postgres(
                [str(bin_dir / "pg_ctl"), "-D", data, "-l", f"{data}/log", "-w", "-o", options]
                + ["start"]
            ),
            check=True,
            capture_output=True,
        )
        self.pg_stop = as_postgres([str(bin_dir / "pg_ctl"), "-D", data, "-m", "fast", "stop"])
        subprocess.run(
            [str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "tranquil"]
            + ["tranquil"],
            check=True,
        )
        return f"postgres://tranquil@127.0.0.1:{port}/tranquil"

    def sql(self, query):
        """One value from the site's database, read as an operator would, with psql."""
        result = subprocess.run(
            [str(pg_bin() / "psql"), self.env["DATABASE_URL"], "-Atc", query],
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.strip()

    def start_redis(self):
        port = free_port()
        self.spawn(
            "redis",
            ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", ""]
            + ["--appendonly", "no", "--dir", str(self.dir)],
        )
        wait_for(listening(port), "Redis")
        return f"redis://127.0.0.1:{port}/0"

    def start_s3(self):
        port = free_port()
        self.spawn(
            "s3", [str(Path(PYTHON).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)]
        )
        url = f"http://127.0.0.1:{port}"
        wait_for(lambda: requests.get(url, timeout=2).ok, "moto's S3 server")
        boto3.client(
            "s3",
            endpoint_url=url,
            region_name="eu-west-2",
            aws_access_key_id="scale",
            aws_secret_access_key="scale-secret",
        ).create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
        )
        return url

    # The site ------------------------------------------------------------------------

    def environment(self, database, redis, s3, smtp_port, site_port, keyring):
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "scale-" + os.urandom(16).hex(),
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "CSRF_TRUSTED_ORIGINS": f"http://localhost:{site_port}",
            "WAGTAILADMIN_BASE_URL": f"http://localhost:{site_port}",
            "DATABASE_URL": database,
            "REDIS_URL": redis,
            "MEDIA_S3_BUCKET": BUCKET,
            "MEDIA_S3_ENDPOINT_URL": s3,
            "MEDIA_S3_REGION": "eu-west-2",
            "MEDIA_S3_ACCESS_KEY_ID": "scale",
            "MEDIA_S3_SECRET_ACCESS_KEY": "scale-secret",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "EMAIL_USE_TLS": "false",
            "TASKS_BACKEND": "database",
            "PORTAL_ENCRYPTION_KEYS": keyring,
            "DONATIONS_TEST_PAYMENTS": "true",
            "SECURE_SSL_REDIRECT": "false",
            "TRUSTED_PROXY_COUNT": "1",
            "STATIC_ROOT": str(self.dir / "static"),
            "MAILER_LOCK_PATH": str(self.dir / "mailer"),
        }
        return self.env

    def manage(self, *args, settings=None):
        env = {**self.env, **({"DJANGO_SETTINGS_MODULE": settings} if settings else {})}
        subprocess.run([PYTHON, "manage.py", *args], env=env, cwd=ROOT, check=True)

    def prepare(self):
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage("collectstatic", "--noinput", "-v", "0")
        # Demo content is refused under production settings (it publishes a password).
        self.manage("seed_demo", settings="config.settings.dev")

    def start_instance(self, name, port=None):
        port = port or free_port()
        log = self.dir / f"{name}.access.log"
        self.instances[name] = (
            self.spawn(
                name,
                [PYTHON, "-m", "gunicorn", "config.wsgi", "--workers", "2", "--bind"]
                + [f"127.0.0.1:{port}", "--graceful-timeout", "20", "--access-logfile", str(log)]
                + ["--access-logformat", "%(m)s %(s)s %(U)s"],
                env=self.env,
            ),
            port,
            log,
        )
        wait_for(lambda: requests.get(f"http://127.0.0.1:{port}/robots.txt", timeout=2).ok, name)
        return port

    def stop_instance(self, name):
        process, port, _ = self.instances[name]
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        self.processes.remove(process)
        return port

    def start_workers(self):
        self.spawn("worker", [PYTHON, "manage.py", "db_worker", "--queue-name", "*"], env=self.env)
        self.spawn("mail", [PYTHON, "manage.py", "deliver_mail"], env=self.env)

    def start_nginx(self, port):
        upstreams = "\n".join(
            f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=3s;"
            for _, p, _ in self.instances.values()
        )
        conf = self.dir / "nginx.conf"
        user = "user root;" if os.geteuid() == 0 else ""
        conf.write_text(
            f"""{user}
worker_processes 1;
pid {self.dir}/nginx.pid;
error_log {self.dir}/nginx.error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log {self.dir}/nginx.access.log;
    client_body_temp_path {self.dir}/nginx-body;
    proxy_temp_path {self.dir}/nginx-proxy;
    fastcgi_temp_path {self.dir}/nginx-fastcgi;
    uwsgi_temp_path {self.dir}/nginx-uwsgi;
    scgi_temp_path {self.dir}/nginx-scgi;
    upstream tranquil {{
{upstreams}
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 20m;
        location / {{
            proxy_pass http://tranquil;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 2;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
        }}
    }}
}}
"""
        )
        self.spawn("nginx", ["nginx", "-p", str(self.dir), "-c", str(conf), "-g", "daemon off;"])
        wait_for(lambda: requests.get(f"http://127.0.0.1:{port}/robots.txt", timeout=2).ok, "nginx")

    # Processes ----------------------------------------------------------------------

    def spawn(self, name, command, env=None):
        log = open(self.dir / f"{name}.log", "ab")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(  # noqa: S603 - our own servers, on loopback
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        self.processes.append(process)
        return process

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        if self.pg_data:
            if hasattr(self, "pg_stop"):
                subprocess.run(self.pg_stop, capture_output=True)
            shutil.rmtree(self.pg_data, ignore_errors=True)
