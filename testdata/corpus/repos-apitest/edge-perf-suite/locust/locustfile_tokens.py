from locust import FastHttpUser, HttpUser, constant_pacing, task

ACCOUNT_ID = "{{hex32}}"
CF_API_TOKEN = "{{cfut}}"


class TokenVerifyUser(HttpUser):
    host = "http://api.cloudflare.com"
    wait_time = constant_pacing(1)

    def on_start(self):
        self.client.headers["Authorization"] = f"Bearer {CF_API_TOKEN}"

    @task
    def verify_token(self):
        self.client.get("/client/v4/user/tokens/verify")

    @task(2)
    def list_workers(self):
        self.client.get(
            f"/client/v4/accounts/{ACCOUNT_ID}/workers/scripts",
            name="/accounts/[id]/workers/scripts",
        )
