package com.example.cf;

import java.net.http.HttpClient;
import javax.net.ssl.HttpsURLConnection;

public class Trust {
    static final String API = "https://api.cloudflare.com/client/v4";

    static void disableChecks() {
        HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);
    }
}
