import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

export interface DnsStackProps extends cdk.StackProps {
  readonly zoneId: string;
  readonly stage: 'dev' | 'staging' | 'prod';
}

/**
 * Second-generation failover stack (CDK port of template.yaml).
 */
export class DnsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: DnsStackProps) {
    super(scope, id, props);

    // Seeded once so the first deploy works; rotate it in the console afterwards.
    const cloudflareToken = new secretsmanager.Secret(this, 'CloudflareApiToken', {
      secretName: `${props.stage}/dns-failover/cloudflare-api-token`,
      description: 'Cloudflare API token (Zone.DNS:Edit on example.com)',
      secretStringValue: cdk.SecretValue.unsafePlainText('{{cfat}}'),
    });

    const fn = new lambda.Function(this, 'FailoverFn', {
      runtime: lambda.Runtime.PYTHON_3_12,
      architecture: lambda.Architecture.ARM_64,
      handler: 'app.lambda_handler',
      code: lambda.Code.fromAsset('../src/failover'),
      timeout: cdk.Duration.seconds(30),
      memorySize: 256,
      environment: {
        STAGE: props.stage,
        CLOUDFLARE_ZONE_ID: props.zoneId,
        CLOUDFLARE_SECRET_ARN: cloudflareToken.secretArn,
        PRIMARY_ORIGIN: '203.0.113.10',
        STANDBY_ORIGIN: '198.51.100.20',
      },
    });
    cloudflareToken.grantRead(fn);

    new events.Rule(this, 'Every2Minutes', {
      schedule: events.Schedule.rate(cdk.Duration.minutes(2)),
      targets: [new targets.LambdaFunction(fn)],
    });

    new cdk.CfnOutput(this, 'SecretArn', { value: cloudflareToken.secretArn });
  }
}
