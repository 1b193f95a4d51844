import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ssm from 'aws-cdk-lib/aws-ssm';

export class R2SyncStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const r2Creds = secretsmanager.Secret.fromSecretNameV2(this, 'R2Creds', 'edge/cloudflare/r2-sync');
    const accountId = ssm.StringParameter.valueForStringParameter(this, '/edge/cloudflare/account-id');

    const fn = new lambda.Function(this, 'S3ToR2Sync', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'app.handler',
      code: lambda.Code.fromAsset('lambda/r2sync'),
      environment: {
        R2_ENDPOINT: `https://${accountId}.r2.cloudflarestorage.com`,
        R2_BUCKET: 'static-assets',
        R2_SECRET_ARN: r2Creds.secretArn,
        CLOUDFLARE_API_TOKEN: process.env.CLOUDFLARE_API_TOKEN ?? '',
      },
    });
    r2Creds.grantRead(fn);
  }
}
