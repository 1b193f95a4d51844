import * as cdk from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

// Parameter holding the scoped Cloudflare token (Zone.Cache Purge). Created out of band:
//   aws ssm put-parameter --type SecureString --name /cache-purge/prod/cloudflare-api-token --value "$TOKEN"
const TOKEN_PARAM = '/cache-purge/prod/cloudflare-api-token';
const TOKEN_PARAM_ARN = 'arn:aws:ssm:us-east-1:123456789012:parameter/cache-purge/prod/cloudflare-api-token';

export class PurgeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const zoneId = ssm.StringParameter.valueForStringParameter(this, '/cache-purge/prod/cloudflare-zone-id');

    // Access service token for the origin, stored as JSON {client_id, client_secret}
    const accessToken = secretsmanager.Secret.fromSecretNameV2(
      this,
      'AccessServiceToken',
      'prod/cache-purge/cf-access-service-token',
    );

    const fn = new nodejs.NodejsFunction(this, 'PurgeFn', {
      entry: 'lambda/purge.ts',
      runtime: lambda.Runtime.NODEJS_20_X,
      timeout: cdk.Duration.seconds(15),
      environment: {
        CLOUDFLARE_ZONE_ID: zoneId,
        CLOUDFLARE_API_TOKEN_PARAM: TOKEN_PARAM,
        CF_ACCESS_SECRET_ARN: accessToken.secretArn,
        // resolved by CloudFormation at deploy time, never in the template
        CLOUDFLARE_API_TOKEN: cdk.SecretValue.ssmSecure(TOKEN_PARAM).unsafeUnwrap(),
      },
    });

    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['ssm:GetParameter'],
        resources: [TOKEN_PARAM_ARN],
      }),
    );
    accessToken.grantRead(fn);

    new cdk.CfnOutput(this, 'PurgeFnName', { value: fn.functionName });
  }
}
