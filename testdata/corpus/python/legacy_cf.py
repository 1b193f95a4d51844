import CloudFlare


def main():
    cf = CloudFlare.CloudFlare(email="admin@example.com", key="{{hex37}}")
    for zone in cf.zones.get(params={"per_page": 50}):
        print(zone["id"], zone["name"])


if __name__ == "__main__":
    main()
