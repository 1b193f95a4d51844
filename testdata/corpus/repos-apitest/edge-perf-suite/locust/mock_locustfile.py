"""Runs the same task mix against the local WireMock stub (docker compose up wiremock).

The stub uses a self-signed cert, so TLS verification is off here -- this never
talks to the real API.
"""
import os

from locust import HttpUser, between, task


class MockApiUser(HttpUser):
    host = os.environ.get("MOCK_HOST", "https://localhost:8443")
    wait_time = between(0.1, 0.5)

    def on_start(self):
        self.client.verify = False
        self.client.headers["Authorization"] = "Bearer test-token"

    @task
    def list_zones(self):
        self.client.get("/client/v4/zones", verify=False)
