import CloudFlare


def main():
    cf = CloudFlare.CloudFlare(email="ops@example.com", token="{{hex37}}")
    for zone in cf.zones.get():
        print(zone["name"])


def scoped():
    return CloudFlare.CloudFlare(token="{{tok40}}")
