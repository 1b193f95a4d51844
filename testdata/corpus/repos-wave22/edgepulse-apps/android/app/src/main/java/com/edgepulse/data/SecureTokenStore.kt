package app.edgepulse.data

import android.content.Context
import android.content.SharedPreferences
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey
import com.google.firebase.remoteconfig.FirebaseRemoteConfig
import okhttp3.Interceptor
import okhttp3.Response

/**
 * Keeps the user's Cloudflare API token in EncryptedSharedPreferences, whose
 * master key lives in the Android Keystore. Nothing here is a literal secret.
 */
class SecureTokenStore(context: Context) {

    private val masterKey = MasterKey.Builder(context)
        .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
        .build()

    private val prefs: SharedPreferences = EncryptedSharedPreferences.create(
        context,
        "cf_credentials",
        masterKey,
        EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
        EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM
    )

    var apiToken: String?
        get() = prefs.getString(KEY_API_TOKEN, null)
        set(value) = prefs.edit().putString(KEY_API_TOKEN, value).apply()

    fun clear() = prefs.edit().remove(KEY_API_TOKEN).apply()

    companion object {
        private const val KEY_API_TOKEN = "cf_api_token"
    }
}

/** Feature flags and the API base come from Remote Config, not from the APK. */
object EdgePulseRemoteConfig {
    private val rc = FirebaseRemoteConfig.getInstance()

    val apiBase: String
        get() = rc.getString("cf_api_base").ifEmpty { "https://api.cloudflare.com/client/v4" }

    val analyticsEnabled: Boolean
        get() = rc.getBoolean("analytics_enabled")
}

class CloudflareAuthInterceptor(private val store: SecureTokenStore) : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val token = store.apiToken
        val request = chain.request().newBuilder().apply {
            if (!token.isNullOrBlank()) {
                header("Authorization", "Bearer $token")
            }
            header("User-Agent", "EdgePulse-Android")
        }.build()
        return chain.proceed(request)
    }
}
