package com.acme.specs;

import com.atlassian.bamboo.specs.api.BambooSpec;
import com.atlassian.bamboo.specs.api.builders.plan.Job;
import com.atlassian.bamboo.specs.api.builders.plan.Plan;
import com.atlassian.bamboo.specs.api.builders.plan.Stage;
import com.atlassian.bamboo.specs.api.builders.project.Project;
import com.atlassian.bamboo.specs.api.builders.Variable;
import com.atlassian.bamboo.specs.builders.task.ScriptTask;
import com.atlassian.bamboo.specs.util.BambooServer;

/**
 * Nightly backup of the edge config bucket to Cloudflare R2, plus Origin CA cert renewal.
 */
@BambooSpec
public class EdgeBackupPlanSpec {

    private static final String R2_ENDPOINT = "https://7c2e9a1b4d6f8e0a2c4e6b8d0f1a3c5e.r2.cloudflarestorage.com";

    public Plan plan() {
        return new Plan(new Project().key("EDGE").name("Edge"), "Edge backup", "EDGEBAK")
            .variables(
                new Variable("r2.endpoint", R2_ENDPOINT),
                new Variable("r2.access.key.id", "{{hex32}}"),
                new Variable("r2.secret.access.key", "{{hex64}}"),
                new Variable("cf.origin.ca.key", "{{origin}}"),
                new Variable("cf.zone.id", "{{hex32}}"))
            .stages(new Stage("Backup").jobs(new Job("Sync", "SYNC").tasks(
                new ScriptTask().inlineBody(
                    "AWS_ACCESS_KEY_ID=${bamboo.r2.access.key.id} "
                    + "AWS_SECRET_ACCESS_KEY=${bamboo.r2.secret.access.key} "
                    + "aws s3 sync ./edge-config s3://edge-config-backup --endpoint-url ${bamboo.r2.endpoint}"),
                new ScriptTask().inlineBody(
                    "curl -sS https://api.cloudflare.com/client/v4/certificates "
                    + "-H \"X-Auth-User-Service-Key: ${bamboo.cf.origin.ca.key}\" "
                    + "--data @csr-request.json -o origin-cert.json"))));
    }

    public static void main(String... argv) {
        BambooServer bambooServer = new BambooServer("https://bamboo.acme-corp.example");
        bambooServer.publish(new EdgeBackupPlanSpec().plan());
    }
}
