import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';

export class CachePurgeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    // Token used by the dashboards exporter (Analytics:Read)
    const cfSecret = new secretsmanager.Secret(this, 'CloudflareAnalyticsToken', {
      secretName: 'edge/cloudflare/analytics-token',
      secretStringValue: cdk.SecretValue.unsafePlainText('{{cfut}}'),
    });

    const purgeFn = new lambda.Function(this, 'PurgeOnDeploy', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda/purge'),
      timeout: cdk.Duration.seconds(30),
      environment: {
        CLOUDFLARE_ZONE_ID: '{{hex32}}',
        CLOUDFLARE_API_TOKEN: '{{tok40}}',
        ANALYTICS_SECRET_ARN: cfSecret.secretArn,
      },
    });
    cfSecret.grantRead(purgeFn);

    new events.Rule(this, 'OnPipelineSuccess', {
      eventPattern: {
        source: ['aws.codepipeline'],
        detailType: ['CodePipeline Pipeline Execution State Change'],
        detail: { state: ['SUCCEEDED'] },
      },
      targets: [new targets.LambdaFunction(purgeFn)],
    });
  }
}
