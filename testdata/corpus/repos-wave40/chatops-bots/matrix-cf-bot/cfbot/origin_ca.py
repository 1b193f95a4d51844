"""!cert <hostname>: issue a Cloudflare Origin CA certificate for an origin."""
from __future__ import annotations

import pathlib

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CERTS_URL = "https://api.cloudflare.com/client/v4/certificates"


class OriginCA:
    def __init__(self, config: dict) -> None:
        cf = config["cloudflare"]
        self.out_dir = pathlib.Path(config["cert"]["out_dir"])
        self.validity = int(config["cert"].get("validity_days", 5475))
        self.client = httpx.AsyncClient(
            timeout=30,
            headers={
                "X-Auth-User-Service-Key": cf["origin_ca_key"],
                "Content-Type": "application/json",
            },
        )

    @staticmethod
    def _csr(hostname: str) -> tuple[bytes, bytes]:
        key = ec.generate_private_key(ec.SECP256R1())
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)]))
            .sign(key, hashes.SHA256())
        )
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return key_pem, csr.public_bytes(serialization.Encoding.PEM)

    async def issue(self, hostname: str) -> pathlib.Path:
        key_pem, csr_pem = self._csr(hostname)
        resp = await self.client.post(
            CERTS_URL,
            json={
                "hostnames": [hostname, f"*.{hostname}"],
                "requested_validity": self.validity,
                "request_type": "origin-ecc",
                "csr": csr_pem.decode(),
            },
        )
        data = resp.json()
        if not data.get("success"):
            raise RuntimeError(f"Origin CA refused: {data.get('errors')}")
        target = self.out_dir / hostname
        target.mkdir(parents=True, exist_ok=True)
        (target / "cert.pem").write_text(data["result"]["certificate"])
        (target / "key.pem").write_bytes(key_pem)
        (target / "key.pem").chmod(0o600)
        return target

    async def close(self) -> None:
        await self.client.aclose()
