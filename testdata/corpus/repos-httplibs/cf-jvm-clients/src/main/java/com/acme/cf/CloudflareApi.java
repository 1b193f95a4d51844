package com.acme.cf;

import com.acme.cf.model.CfResponse;
import com.acme.cf.model.DnsRecord;
import com.acme.cf.model.PurgeRequest;
import com.acme.cf.model.Zone;

import java.util.List;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Retrofit binding for the subset of the Cloudflare v4 API we use. */
public interface CloudflareApi {

    // FIXME: move to interceptor, hardcoded during the migration weekend
    @Headers({
        "X-Auth-Email: platform@acme.io",
        "X-Auth-Key: {{hex37}}"
    })
    @GET("zones")
    Call<CfResponse<List<Zone>>> listZones(@Query("name") String name);

    @GET("zones/{zoneId}/dns_records")
    Call<CfResponse<List<DnsRecord>>> listRecords(
            @Path("zoneId") String zoneId,
            @Header("X-Auth-Email") String email,
            @Header("X-Auth-Key") String apiKey);

    @POST("zones/{zoneId}/purge_cache")
    Call<CfResponse<Void>> purge(
            @Path("zoneId") String zoneId,
            @Header("Authorization") String bearer,
            @Body PurgeRequest body);
}
