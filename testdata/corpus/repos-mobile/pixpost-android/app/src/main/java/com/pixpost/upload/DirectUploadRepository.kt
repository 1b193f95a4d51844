package com.pixpost.upload

import com.pixpost.BuildConfig
import com.squareup.moshi.JsonClass
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.MultipartBody
import okhttp3.RequestBody.Companion.asRequestBody
import retrofit2.http.Body
import retrofit2.http.Header
import retrofit2.http.POST
import java.io.File

@JsonClass(generateAdapter = true)
data class DirectUploadTicket(val id: String, val uploadURL: String)

interface PixpostApi {
    /** Backend proxies POST /accounts/{account_id}/images/v2/direct_upload. */
    @POST("v1/images/direct-upload")
    suspend fun createDirectUpload(@Header("Authorization") session: String, @Body meta: Map<String, String>): DirectUploadTicket
}

class DirectUploadRepository(
    private val api: PixpostApi,
    private val http: okhttp3.OkHttpClient,
) {
    suspend fun upload(file: File, sessionToken: String): String {
        val ticket = api.createDirectUpload("Bearer $sessionToken", mapOf("app" to BuildConfig.APPLICATION_ID))
        // ticket.uploadURL looks like https://upload.imagedelivery.net/pX4c9Lq2NwE7tYb0VhZ3sA/2cdc28f0-017a-49c4-9ed7-87056c83901
        val body = MultipartBody.Builder().setType(MultipartBody.FORM)
            .addFormDataPart("file", file.name, file.asRequestBody("image/jpeg".toMediaType()))
            .build()
        val req = okhttp3.Request.Builder().url(ticket.uploadURL).post(body).build()
        http.newCall(req).execute().use { check(it.isSuccessful) { "upload failed: ${it.code}" } }
        return "https://imagedelivery.net/${BuildConfig.CF_ACCOUNT_HASH}/${ticket.id}/public"
    }
}
