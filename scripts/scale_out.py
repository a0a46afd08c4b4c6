"""Start the whole CLARINET set locally and check that its app servers share everything (`scripts/scale-out`).

The set: nginx (TLS with a self-signed certificate, deploy/nginx/clarinet.conf), Varnish
(deploy/varnish/default.vcl), two gunicorn app servers with production settings on loopback, the task worker
(`manage.py db_worker`), a fresh PostgreSQL database on the running server, a throw-away redis-server (or
`--redis-url`) and moto's S3-compatible server holding the media (public prefix) and documents (private
prefix). The site is built with `migrate` and the demo content (or the site skeleton, `create_site`).

Checks, each printed with its figures:
  1. a session opened on app server 1 is valid on app server 2;
  2. an image uploaded through app server 1 is in the object storage (nothing on the app's disk), app server
     2 renders it, and its rendition is served (through nginx when it runs);
  3. a document uploaded through app server 1 is sent by app server 2's serve view, byte for byte, and is
     stored under the private prefix;
  4. a page published through app server 1 is fresh through Varnish (and nginx) in all 8 languages within
     a second (`--max-seconds`).
Exits 1 when a check fails, 2 when the set cannot start. Without nginx or Varnish installed (or with
`--without-proxy`) checks 1-3 run against the app servers and check 4 reads app server 2 directly.
"""

import argparse
import io
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, closing
from pathlib import Path
from string import Template
from urllib.parse import urljoin, urlparse, urlunparse

import boto3
import psycopg2
import requests
from bs4 import BeautifulSoup
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LANGUAGES = ["en", "it", "de", "sl", "el", "ro", "bg", "hu"]
BUCKET = "clarinet-media"
ADMIN_USER, ADMIN_PASSWORD = "scale-out-admin", secrets.token_urlsafe(16)


class CheckFailed(Exception):
    """A check of the set failed; the message says what was expected and what came."""


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on now."""
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, name: str, seconds: float = 60) -> None:
    """Wait until something accepts connections on 127.0.0.1:`port`; raise RuntimeError if `process` dies."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} stopped with exit code {process.returncode}")
        with closing(socket.socket()) as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{name} did not listen on port {port} within {seconds:.0f} s")


class Processes:
    """The processes this script started, stopped (each by its own id) in reverse order at the end."""

    def __init__(self, logdir: Path):
        self.logdir = logdir
        self.started: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, args: list[str], env: dict, port: int | None = None) -> subprocess.Popen:
        """Start `args` with its output in `<logdir>/<name>.log`; wait for `port` to listen when given."""
        log = open(self.logdir / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
        process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
        self.started.append((name, process))
        if port is not None:
            wait_for_port(port, process, name)
            time.sleep(0.2)
            if process.poll() is not None:  # the port was answered by someone else's process
                raise RuntimeError(f"{name} stopped with exit code {process.returncode}")
        return process

    def stop_all(self) -> None:
        for _name, process in reversed(self.started):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for _name, process in reversed(self.started):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def database_url_for(base_url: str, name: str) -> str:
    """Return `base_url` naming the database `name` instead."""
    return urlunparse(urlparse(base_url)._replace(path=f"/{name}"))


def admin_connection(database_url: str):
    """Return an autocommit connection to the server's `postgres` database (to create and drop databases)."""
    parsed = urlparse(database_url)
    connection = psycopg2.connect(
        dbname="postgres",
        user=parsed.username or "postgres",
        password=parsed.password,
        host=parsed.hostname or "127.0.0.1",
        port=parsed.port or 5432,
    )
    connection.autocommit = True
    return connection


def self_signed_certificate(directory: Path, host: str) -> tuple[Path, Path]:
    """Make a self-signed certificate for `host` with openssl; return (certificate, key) paths."""
    certificate, key = directory / "tls.crt", directory / "tls.key"
    subprocess.run(  # noqa: S603
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",  # noqa: S607
         "-subj", f"/CN={host}", "-addext", f"subjectAltName=DNS:{host}",
         "-keyout", str(key), "-out", str(certificate)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return certificate, key


class Client:
    """An HTTP client for one app server (or the proxy) that keeps the cookies of one person.

    The app servers run with production settings: requests to them directly carry the proxy's
    `X-Forwarded-Proto: https` and the site's host, and cookies (Secure) are sent by hand.
    """

    def __init__(self, base_url: str, site_url: str, cookies: dict | None = None, certificate: Path | None = None):
        self.base_url = base_url
        self.verify = str(certificate) if certificate else True
        self.site_url = site_url
        self.cookies = cookies if cookies is not None else {}

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = {
            "Host": urlparse(self.site_url).netloc,
            "X-Forwarded-Proto": "https",
            "Referer": self.site_url + path,
            "Origin": self.site_url,
            **kwargs.pop("headers", {}),
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        response = requests.request(
            method, self.base_url + path, headers=headers, allow_redirects=False, timeout=60, verify=self.verify, **kwargs
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def get(self, path: str, **kwargs) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs) -> requests.Response:
        return self.request("POST", path, **kwargs)


def form_data(html: str, form_selector: str = "form[method=post]") -> dict[str, list[str]]:
    """Return the values a browser would send for the first form matching `form_selector` (no files)."""
    soup = BeautifulSoup(html, "html.parser")
    form = soup.select_one(form_selector)
    if form is None:
        raise CheckFailed(f"no form {form_selector!r} in the page")
    data: dict[str, list[str]] = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name, kind = field["name"], field.get("type", "text").lower()
        if field.name == "input" and kind in {"file", "submit", "button", "image", "reset"}:
            continue
        if kind in {"checkbox", "radio"} and not field.has_attr("checked"):
            continue
        if field.name == "textarea":
            value = field.text
        elif field.name == "select":
            chosen = field.select("option[selected]") or field.select("option")[:1]
            if field.has_attr("multiple"):
                for option in field.select("option[selected]"):
                    data.setdefault(name, []).append(option.get("value", option.text))
                continue
            value = chosen[0].get("value", chosen[0].text) if chosen else ""
        else:
            value = field.get("value", "on" if kind in {"checkbox", "radio"} else "")
        data.setdefault(name, []).append(value)
    return data


def form_errors(html: str) -> str:
    """Return the error messages of an admin form page, for a failure message."""
    soup = BeautifulSoup(html, "html.parser")
    errors = [e.get_text(" ", strip=True) for e in soup.select(".error-message, .help-critical, .messages .error")]
    return "; ".join(errors)[:500] or "(no error message found)"


def log_in(client: Client) -> None:
    """Log in to the Wagtail admin through `client`'s server as the script's superuser."""
    page = client.get("/admin/login/")
    data = form_data(page.text)
    data.update({"username": [ADMIN_USER], "password": [ADMIN_PASSWORD]})
    response = client.post("/admin/login/", data=data)
    if response.status_code != 302:
        raise CheckFailed(f"admin login answered {response.status_code}: {form_errors(response.text)}")


def upload(client: Client, add_path: str, title: str, file_name: str, content: bytes, mime: str) -> None:
    """Fill and send a Wagtail admin add form (image or document) with `content` as its file."""
    page = client.get(add_path)
    if page.status_code != 200:
        raise CheckFailed(f"GET {add_path} answered {page.status_code}")
    data = form_data(page.text, "form[enctype='multipart/form-data']")
    for name in list(data):
        # the title, and an image's alt text (`description`, required unless decorative)
        if name.startswith(("title", "description")):
            data[name] = [title]
    data["title"] = [title]
    response = client.post(add_path, data=data, files={"file": (file_name, content, mime)})
    if response.status_code != 302:
        raise CheckFailed(f"upload to {add_path} answered {response.status_code}: {form_errors(response.text)}")


def png_bytes() -> bytes:
    """Return a small PNG with a pattern (so re-encoding keeps it a real image)."""
    image = Image.new("RGB", (640, 400))
    for x in range(0, 640, 40):
        image.paste((x % 255, 120, 200), (x, 0, x + 20, 400))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def pdf_bytes(token: str) -> bytes:
    """Return a minimal valid one-page PDF that carries `token` (so the served bytes can be compared)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
    ]
    stream = f"BT /F1 12 Tf 20 100 Td ({token}) Tj ET".encode()
    objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


class ScaleOut:
    """The set of servers and the checks run against it (see the module's docstring)."""

    def __init__(self, args: argparse.Namespace, stack: ExitStack):
        self.args = args
        self.stack = stack
        self.workdir = Path(tempfile.mkdtemp(prefix="clarinet-scale-out-"))
        self.workdir.chmod(0o755)  # varnishd and nginx's workers read their files as unprivileged users
        stack.callback(shutil.rmtree, self.workdir, ignore_errors=True)
        self.processes = Processes(self.workdir)
        stack.callback(self.processes.stop_all)
        self.with_proxy = not args.without_proxy and all(shutil.which(tool) for tool in ("nginx", "varnishd"))
        base = args.port_base
        names = ["https", "http", "varnish", "varnish_admin", "balancer", "app1", "app2", "s3", "redis"]
        self.ports = {name: (base + i if base else free_port()) for i, name in enumerate(names)}
        self.site_url = f"https://localhost:{self.ports['https']}"
        self.results: list[tuple[str, bool, str]] = []

    # --- start-up -----------------------------------------------------------------------------------

    def report(self, what: str, ok: bool, figures: str) -> None:
        self.results.append((what, ok, figures))
        print(f"{'PASS' if ok else 'FAIL'}  {what}: {figures}", flush=True)

    def database(self) -> str:
        base = self.args.database_url
        name = f"{urlparse(base).path.lstrip('/') or 'clarinet'}_scaleout_{secrets.token_hex(3)}"
        with closing(admin_connection(base)) as connection, connection.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        self.stack.callback(self.drop_database, base, name)
        return database_url_for(base, name)

    @staticmethod
    def drop_database(base: str, name: str) -> None:
        with closing(admin_connection(base)) as connection, connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def redis_url(self) -> str:
        if self.args.redis_url:
            return self.args.redis_url
        port = self.ports["redis"]
        self.processes.start(
            "redis", ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            dict(os.environ), port,
        )  # fmt: skip
        return f"redis://127.0.0.1:{port}/0"

    def object_storage(self, env: dict) -> None:
        """Start moto's S3 server and create the bucket; media go to `media/`, documents to `private/`."""
        port = self.ports["s3"]
        self.processes.start("s3", [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(port)], env, port)
        endpoint = f"http://127.0.0.1:{port}"
        self.s3 = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id=env["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
        )
        self.s3.create_bucket(Bucket=BUCKET)
        # The README's bucket policy: images and renditions are public, nothing else is.
        public = [f"arn:aws:s3:::{BUCKET}/media/{folder}/*" for folder in ("images", "original_images")]
        self.s3.put_bucket_policy(
            Bucket=BUCKET,
            Policy=json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": public}],
            }),
        )  # fmt: skip
        self.s3_endpoint = endpoint
        env.update(
            AWS_STORAGE_BUCKET_NAME=BUCKET,
            AWS_S3_ENDPOINT_URL=endpoint,
            AWS_S3_REGION_NAME="us-east-1",
        )
        if self.with_proxy:
            # Image URLs on the site's own host: nginx passes /media/ to the bucket's public prefix.
            env.update(AWS_S3_CUSTOM_DOMAIN=urlparse(self.site_url).netloc, AWS_S3_URL_PROTOCOL="https:")
        else:
            env.update(AWS_S3_URL_PROTOCOL="http:")

    def manage(self, env: dict, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
        )

    def build_site(self, env: dict) -> None:
        started = time.monotonic()
        self.manage(env, "migrate", "--noinput", "-v", "0")
        # The site skeleton (home and section pages in 8 languages) when the project has its command, else
        # the demo content.
        commands = self.manage(env, "help", "--commands").stdout.split()
        if "create_site" in commands:
            self.manage(env, "create_site", "--host", urlparse(self.site_url).netloc)
            content = "site skeleton (create_site)"
        else:
            self.manage(env, "load_demo_content")
            content = "demo content"
        self.manage(env, "createsuperuser", "--noinput", "--username", ADMIN_USER, "--email", "admin@example.org")
        self.manage(env, "collectstatic", "--noinput", "-v", "0")
        print(f"      site built: migrate, {content}, collectstatic in {time.monotonic() - started:.1f} s")

    def proxy(self) -> None:
        """Start Varnish and nginx with the repository's configuration, for this set's ports."""
        ports, work = self.ports, self.workdir
        vcl = (ROOT / "deploy/varnish/default.vcl").read_text()
        backend = re.search(r"backend\s+default\s*\{[^}]*\}", vcl)
        if backend is None:
            raise RuntimeError("deploy/varnish/default.vcl has no `backend default { ... }`")
        local_backend = re.sub(r'\.host\s*=\s*"[^"]*"', '.host = "127.0.0.1"', backend.group(0))
        local_backend = re.sub(r'\.port\s*=\s*"[^"]*"', f'.port = "{ports["balancer"]}"', local_backend)
        (work / "default.vcl").write_text(vcl.replace(backend.group(0), local_backend))
        self.processes.start(
            "varnish",
            ["varnishd", "-F", "-f", str(work / "default.vcl"), "-a", f"127.0.0.1:{ports['varnish']}",
             "-T", f"127.0.0.1:{ports['varnish_admin']}", "-n", str(work / "varnish"), "-s", "malloc,64m"],
            dict(os.environ), ports["varnish"],
        )  # fmt: skip
        certificate, key = self_signed_certificate(work, "localhost")
        self.certificate = certificate
        values = {
            "CLARINET_SERVER_NAME": "localhost",
            "CLARINET_SITE_URL": self.site_url,
            "CLARINET_HTTPS_PORT": str(ports["https"]),
            "CLARINET_HTTP_PORT": str(ports["http"]),
            "CLARINET_TLS_CERTIFICATE": str(certificate),
            "CLARINET_TLS_CERTIFICATE_KEY": str(key),
            "CLARINET_VARNISH": f"127.0.0.1:{ports['varnish']}",
            "CLARINET_APP_LISTEN": f"127.0.0.1:{ports['balancer']}",
            "CLARINET_APP_SERVERS": f"server 127.0.0.1:{ports['app1']}; server 127.0.0.1:{ports['app2']};",
            "CLARINET_MEDIA_URL": f"http://127.0.0.1:{ports['s3']}/{BUCKET}/media/",
            "CLARINET_MAX_BODY_SIZE": "32m",
        }
        site = Template((ROOT / "deploy/nginx/clarinet.conf").read_text()).safe_substitute(values)
        (work / "clarinet.conf").write_text(site)
        for folder in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (work / "nginx" / folder).mkdir(parents=True, exist_ok=True)
            (work / "nginx" / folder).chmod(0o777)  # nginx's workers may run as an unprivileged user
        (work / "nginx.conf").write_text(
            f"daemon off;\nworker_processes 1;\npid {work}/nginx.pid;\nerror_log {work}/nginx-error.log;\n"
            f"events {{ worker_connections 256; }}\nhttp {{\n  include /etc/nginx/mime.types;\n"
            f"  access_log {work}/nginx-access.log;\n"
            + "".join(f"  {f}_temp_path {work}/nginx/{f};\n" for f in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
            + f"  include {work}/clarinet.conf;\n}}\n"
        )
        self.processes.start("nginx", ["nginx", "-c", str(work / "nginx.conf"), "-p", str(work)], dict(os.environ),
                             ports["https"])  # fmt: skip

    def start(self) -> None:
        started = time.monotonic()
        for name, port in self.ports.items():
            with closing(socket.socket()) as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    raise RuntimeError(f"port {port} ({name}) is in use: choose another --port-base")
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "clarinet_site.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(60),
            "SITE_URL": self.site_url,
            "ALLOWED_HOSTS": "localhost",
            "CSRF_TRUSTED_ORIGINS": self.site_url,
            "CONTACT_CLIENT_IP_HEADER": "HTTP_X_REAL_IP",
            "MEDIA_ROOT": str(self.workdir / "media"),
            "PRIVATE_MEDIA_ROOT": str(self.workdir / "private-media"),
            "STATIC_ROOT": str(self.workdir / "static"),
            "AWS_ACCESS_KEY_ID": "scale-out",
            "AWS_SECRET_ACCESS_KEY": "scale-out",  # noqa: S105 - moto accepts any key
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "DJANGO_SUPERUSER_PASSWORD": ADMIN_PASSWORD,
            "LOG_LEVEL": "WARNING",
        }
        env.pop("SERVE_MEDIA", None)
        self.env = env
        env["DATABASE_URL"] = self.database_url = self.database()
        env["REDIS_URL"] = self.redis_url()
        self.object_storage(env)
        if self.with_proxy:
            # Wagtail's frontend cache purges Varnish on publish (FRONTEND_CACHE_URL, the page cache's setting).
            env["FRONTEND_CACHE_URL"] = f"http://127.0.0.1:{self.ports['varnish']}"
        self.build_site(env)
        for name in ("app1", "app2"):
            self.processes.start(
                name,
                [sys.executable, "-m", "gunicorn", "clarinet_site.wsgi", "-b", f"127.0.0.1:{self.ports[name]}",
                 "-w", "2", "--timeout", "60"],
                env, self.ports[name],
            )  # fmt: skip
        self.processes.start("worker", [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.1"], env)
        if self.with_proxy:
            self.proxy()
        what = "nginx (TLS) -> Varnish -> 2 app servers" if self.with_proxy else "2 app servers (no proxy)"
        print(f"      set started in {time.monotonic() - started:.1f} s: {what}, worker, PostgreSQL, Redis, S3 (moto)")
        print(f"      ports: {self.ports}; logs in {self.workdir} (removed at exit)")

    # --- checks ---------------------------------------------------------------------------------------

    def app(self, name: str, cookies: dict | None = None) -> Client:
        return Client(f"http://127.0.0.1:{self.ports[name]}", self.site_url, cookies)

    def public(self) -> Client:
        """A visitor without cookies: through nginx and Varnish, else app server 2."""
        if self.with_proxy:
            return Client(self.site_url, self.site_url, certificate=self.certificate)
        return self.app("app2", cookies={})

    def query(self, sql: str, *params):
        with closing(psycopg2.connect(self.database_url)) as connection, connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def check_sessions(self) -> tuple[Client, Client]:
        one = self.app("app1")
        log_in(one)
        two = self.app("app2", cookies=one.cookies)
        response = two.get("/admin/")
        self.report("session opened on app server 1 is valid on app server 2", response.status_code == 200,
                    f"GET /admin/ on app server 2 answered {response.status_code}")  # fmt: skip
        return one, two

    def check_image(self, one: Client, two: Client) -> None:
        title = f"Scale-out image {secrets.token_hex(3)}"
        upload(one, "/admin/images/add/", title, "scale-out.png", png_bytes(), "image/png")
        [(image_id, key)] = self.query(
            "SELECT id, file FROM clarinet_site_customimage WHERE title = %s", title
        )
        stored = self.s3.head_object(Bucket=BUCKET, Key=f"media/{key}")
        local_files = [p for p in (self.workdir / "media").rglob("*") if p.is_file()]
        edit = two.get(f"/admin/images/{image_id}/")
        sources = [img["src"] for img in BeautifulSoup(edit.text, "html.parser").select("img[src]")
                   if "/images/" in img["src"] and f"{Path(key).stem}" in img["src"]]  # fmt: skip
        if edit.status_code != 200 or not sources:
            raise CheckFailed(f"app server 2's edit view of image {image_id}: {edit.status_code}, no rendition")
        rendition = sources[0]
        if rendition.startswith(self.site_url):
            response = self.public().get(rendition[len(self.site_url):])
        else:
            response = requests.get(urljoin(self.site_url, rendition), timeout=30)
        size = Image.open(io.BytesIO(response.content)).size if response.status_code == 200 else None
        ok = not local_files and response.status_code == 200 and size is not None
        self.report(
            "image uploaded through app server 1 is served by app server 2",
            ok,
            f"stored at s3://{BUCKET}/media/{key} ({stored['ContentLength']} bytes), {len(local_files)} files on "
            f"the app's disk; app server 2 made the rendition {rendition} -> {response.status_code} "
            f"{response.headers.get('Content-Type')} {size}",
        )

    def check_document(self, one: Client, two: Client) -> None:
        token = secrets.token_hex(4)
        content = pdf_bytes(token)
        title = f"Scale-out document {token}"
        upload(one, "/admin/documents/add/", title, f"scale-out-{token}.pdf", content, "application/pdf")
        [(document_id, key)] = self.query(
            "SELECT id, file FROM clarinet_site_customdocument WHERE title = %s", title
        )
        private_key = f"private/{key}"
        self.s3.head_object(Bucket=BUCKET, Key=private_key)
        path = f"/documents/{document_id}/{Path(key).name}"
        served = self.app("app2", cookies={}).get(path)
        through = self.public().get(path) if self.with_proxy else served
        public_copy = self.public().get(f"/media/{key}") if self.with_proxy else None
        anonymous = requests.get(f"{self.s3_endpoint}/{BUCKET}/{private_key}", timeout=30)
        ok = (
            served.status_code == 200 and served.content == content
            and through.status_code == 200 and through.content == content
            and (public_copy is None or public_copy.status_code == 404)
            and anonymous.status_code == 403
        )  # fmt: skip
        self.report(
            "document uploaded through app server 1 is served by app server 2",
            ok,
            f"stored at s3://{BUCKET}/{private_key}; {path} on app server 2 -> {served.status_code}, "
            f"{len(served.content)} bytes {'identical' if served.content == content else 'DIFFERENT'}; "
            f"straight from the bucket without credentials -> {anonymous.status_code}"
            + (f"; through nginx/Varnish -> {through.status_code}; /media/{key} -> {public_copy.status_code}"
               if self.with_proxy else ""),
        )  # fmt: skip

    def check_publish(self, one: Client) -> None:
        [(page_id,)] = self.query(
            "SELECT p.id FROM wagtailcore_page p JOIN django_content_type t ON t.id = p.content_type_id "
            "WHERE t.app_label = 'news' AND t.model = 'newsindexpage' AND p.live ORDER BY p.id LIMIT 1"
        )
        visitor = self.public()
        english = self.query("SELECT url_path_en FROM wagtailcore_page WHERE id = %s", page_id)[0][0]
        root = self.query(
            "SELECT p.url_path_en FROM wagtailcore_site s JOIN wagtailcore_page p ON p.id = s.root_page_id"
        )[0][0]
        en_path = "/en/" + english[len(root):]
        page = visitor.get(en_path)
        alternates = {
            link["hreflang"]: link["href"]
            for link in BeautifulSoup(page.text, "html.parser").select("link[rel=alternate][hreflang]")
            if link["hreflang"] in LANGUAGES
        }
        if page.status_code != 200 or sorted(alternates) != sorted(LANGUAGES):
            raise CheckFailed(f"{en_path}: {page.status_code}, alternates {sorted(alternates)} (need all 8)")
        paths = {code: urlparse(url).path for code, url in alternates.items()}
        for _round in range(2):  # fill Varnish (when it caches) with every language's page
            for path in paths.values():
                visitor.get(path)
        warm = visitor.get(paths["en"])
        cache_note = f"Varnish Age {warm.headers.get('Age', '-')}, X-Varnish {warm.headers.get('X-Varnish', '-')}"

        edit = one.get(f"/admin/pages/{page_id}/edit/?language=all")
        data = form_data(edit.text, "form#page-edit-form")
        marker = f"fresh-{secrets.token_hex(3)}"
        titles = {}
        for code in LANGUAGES:
            field = f"title_{code}"
            if field not in data:
                raise CheckFailed(f"the page form has no {field} (language=all)")
            titles[code] = f"{data[field][0]} {marker}"
            data[field] = [titles[code]]
        data["action-publish"] = ["action-publish"]
        started = time.monotonic()
        response = one.post(f"/admin/pages/{page_id}/edit/?language=all", data=data)
        published = time.monotonic()
        if response.status_code != 302:
            raise CheckFailed(f"publishing answered {response.status_code}: {form_errors(response.text)}")
        # Each language is polled in its own thread. A page is fresh "after" the moment the first request
        # that got the new title was *sent* (the window in which a visitor could still get the old page);
        # how long that request took to answer is reported beside it.
        deadline = published + max(self.args.max_seconds * 10, 10)

        def poll(code: str) -> tuple[float, float] | None:
            while time.monotonic() < deadline:
                sent = time.monotonic()
                if marker in visitor.get(paths[code]).text:
                    return sent - published, time.monotonic() - sent
                time.sleep(0.01)
            return None

        with ThreadPoolExecutor(max_workers=len(LANGUAGES)) as pool:
            fresh = dict(zip(LANGUAGES, pool.map(poll, LANGUAGES), strict=True))
        never = [code for code, result in fresh.items() if result is None]
        worst = max((result[0] for result in fresh.values() if result), default=float("inf"))
        figures = ", ".join(
            f"{code} {result[0] * 1000:.0f} ms (answered in {result[1] * 1000:.0f} ms)"
            for code, result in fresh.items()
            if result
        )
        through = "through nginx and Varnish" if self.with_proxy else "on app server 2"
        self.report(
            f"page published through app server 1 is fresh {through} in all 8 languages within "
            f"{self.args.max_seconds:g} s",
            not never and worst <= self.args.max_seconds,
            f"publish request {1000 * (published - started):.0f} ms; first fresh request sent after: {figures}"
            + (f"; never fresh: {never}" if never else "")
            + f"; worst {worst * 1000:.0f} ms; before publishing: {cache_note}",
        )

    def check_proxy(self) -> None:
        """Plain HTTP is redirected to SITE_URL, HTTPS answers with HSTS, an unknown host name gets no TLS."""
        plain = requests.get(f"http://127.0.0.1:{self.ports['http']}/en/?q=1", allow_redirects=False, timeout=30)
        page = self.public().get("/robots.txt")
        try:
            requests.get(f"https://127.0.0.1:{self.ports['https']}/en/", timeout=30, verify=str(self.certificate))
            unknown = "answered"
        except requests.exceptions.SSLError:
            unknown = "refused"
        ok = (
            plain.status_code == 301 and plain.headers.get("Location") == f"{self.site_url}/en/?q=1"
            and page.status_code == 200 and "max-age=" in page.headers.get("Strict-Transport-Security", "")
            and unknown == "refused"
        )  # fmt: skip
        self.report(
            "nginx terminates TLS for the site's host only",
            ok,
            f"http -> {plain.status_code} {plain.headers.get('Location')}; https /robots.txt -> {page.status_code} "
            f"HSTS {page.headers.get('Strict-Transport-Security')!r}; a request without the site's host name: "
            f"TLS {unknown}",
        )

    def run_checks(self) -> bool:
        if self.with_proxy:
            self.check_proxy()
        one, two = self.check_sessions()
        for check in (lambda: self.check_image(one, two), lambda: self.check_document(one, two),
                      lambda: self.check_publish(one)):  # fmt: skip
            try:
                check()
            except CheckFailed as failure:
                self.report("check could not run", False, str(failure))
        failed = sum(not ok for _what, ok, _figures in self.results)
        total = len(self.results)
        print(f"scale-out: {failed} of {total} checks failed" if failed else f"scale-out: all {total} checks passed")
        return not failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port-base", type=int, default=int(os.environ.get("SCALE_OUT_PORT_BASE", "8130")),
                        help="first of 9 consecutive ports (default 8130); 0 picks free ports")  # fmt: skip
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clarinet"),
                        help="PostgreSQL server (a fresh database is created on it and dropped at the end)")  # fmt: skip
    parser.add_argument("--redis-url", default="", help="a running Redis to use (default: a throw-away redis-server)")
    parser.add_argument("--without-proxy", action="store_true", help="no nginx and Varnish (the reduced form)")
    parser.add_argument("--max-seconds", type=float, default=1.0, help="how fresh a published page must be")
    args = parser.parse_args(argv)
    # A SIGTERM (a test's time limit, Ctrl-C's cousin) still stops the servers and drops the database.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    with ExitStack() as stack:
        scale_out = ScaleOut(args, stack)
        try:
            scale_out.start()
        except (RuntimeError, OSError, subprocess.CalledProcessError, psycopg2.Error) as error:
            detail = getattr(error, "stderr", "") or ""
            print(f"scale-out: the set did not start: {error}\n{detail}", file=sys.stderr)
            for log in sorted(scale_out.workdir.glob("*.log")):
                print(f"--- {log.name}\n{log.read_text(errors='replace')[-2000:]}", file=sys.stderr)
            return 2
        return 0 if scale_out.run_checks() else 1


if __name__ == "__main__":
    sys.exit(main())
