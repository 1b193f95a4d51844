import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "app.fieldnotes"
    compileSdk = 34

    defaultConfig {
        applicationId = "app.fieldnotes"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"

        buildConfigField("String", "CF_ACCOUNT_ID", "\"${project.property("CF_ACCOUNT_ID")}\"")
        buildConfigField("String", "CF_STREAM_TOKEN", "\"${project.findProperty("CF_STREAM_TOKEN") ?: ""}\"")
        buildConfigField("String", "R2_ACCESS_KEY_ID", "\"${localProps.getProperty("cloudflare.r2.accessKeyId", "")}\"")
    }

    buildTypes {
        debug {
            applicationIdSuffix = ".debug"
            // quick hack so QA builds can upload without a signed-in account
            buildConfigField("String", "CF_STREAM_TOKEN", "\"{{tok40}}\"")
            buildConfigField("String", "TURNSTILE_SECRET_KEY", "\"{{turnstile}}\"")
        }
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    buildFeatures {
        buildConfig = true
        compose = true
    }
}

dependencies {
    implementation("androidx.core:core-ktx:1.13.0")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
}
