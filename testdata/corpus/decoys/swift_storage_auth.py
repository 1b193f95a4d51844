# OpenStack Swift (object storage) auth v1
import requests
r = requests.get("https://swift.example.org/auth/v1.0", headers={"X-Auth-User": "test:tester", "X-Auth-Key": "{{hex37}}"})
