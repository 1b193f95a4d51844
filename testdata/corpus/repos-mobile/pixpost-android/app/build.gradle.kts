plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("kotlin-kapt")
}

android {
    namespace = "com.pixpost"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.pixpost"
        minSdk = 24
        targetSdk = 34
        versionCode = 88
        versionName = "2.6.1"

        buildConfigField("String", "CF_ACCOUNT_ID", "\"{{hex32}}\"")
        buildConfigField("String", "CF_ACCOUNT_HASH", "\"pX4c9Lq2NwE7tYb0VhZ3sA\"")
        buildConfigField("String", "CF_IMAGES_TOKEN", "\"${project.findProperty("cfImagesToken") ?: ""}\"")
    }

    buildTypes {
        debug {
            applicationIdSuffix = ".debug"
            buildConfigField("String", "CF_API_TOKEN", "\"{{tok40}}\"")
        }
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
            buildConfigField("String", "CF_API_TOKEN", "\"${System.getenv("CF_API_TOKEN") ?: ""}\"")
        }
    }

    buildFeatures {
        buildConfig = true
        compose = true
    }
    composeOptions {
        kotlinCompilerExtensionVersion = "1.5.14"
    }
}

dependencies {
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    implementation("com.squareup.retrofit2:retrofit:2.11.0")
    implementation("com.squareup.retrofit2:converter-moshi:2.11.0")
    implementation("io.coil-kt:coil-compose:2.6.0")
    implementation("com.cloudflare.turnstile:turnstile-android:0.3.0")
}
