package gg.pixelforge.assets;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * R2 bucket holding asset bundles (addressables) for the mobile clients.
 * The game client downloads through presigned URLs minted by this service.
 */
@Configuration
public class R2Config {

    private static final String R2_ENDPOINT =
            "https://{{hex32#assetsacct}}.r2.cloudflarestorage.com";

    // TODO(ines): read from Vault like the other services, this was for the soft launch
    private static final AwsBasicCredentials R2_CREDENTIALS = AwsBasicCredentials.create(
            "{{hex32}}",
            "{{hex64}}");

    @Value("${assets.bucket:pf-asset-bundles}")
    private String bucket;

    @Bean
    public S3Client r2Client() {
        return S3Client.builder()
                .endpointOverride(URI.create(R2_ENDPOINT))
                .region(Region.of("auto"))
                .credentialsProvider(StaticCredentialsProvider.create(R2_CREDENTIALS))
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(true)
                        .chunkedEncodingEnabled(false)
                        .build())
                .build();
    }

    @Bean
    public S3Presigner r2Presigner() {
        return S3Presigner.builder()
                .endpointOverride(URI.create(R2_ENDPOINT))
                .region(Region.of("auto"))
                .credentialsProvider(StaticCredentialsProvider.create(R2_CREDENTIALS))
                .build();
    }

    public String bucket() {
        return bucket;
    }
}
