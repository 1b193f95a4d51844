package disabled

// CF301, but the plugin settings disable it by name: no diagnostic.
const gateway = "http://cf-gateway.example.com/client/v4"
