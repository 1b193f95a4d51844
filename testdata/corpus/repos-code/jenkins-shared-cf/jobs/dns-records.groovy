// Declarative pipeline loaded by the seed job for the dns-records repo.
pipeline {
    agent { docker { image 'hashicorp/terraform:1.7' } }

    environment {
        TF_IN_AUTOMATION     = '1'
        TF_INPUT             = '0'
        CLOUDFLARE_API_TOKEN = '{{tok40}}'
        TF_VAR_zone_id       = '{{hex32}}'
    }

    stages {
        stage('Init') {
            steps {
                sh 'terraform init -backend-config=backend.hcl'
            }
        }
        stage('Plan') {
            steps {
                sh 'terraform plan -out=tfplan'
            }
        }
        stage('Apply') {
            when { branch 'main' }
            steps {
                input message: 'Apply DNS changes?'
                sh 'terraform apply tfplan'
            }
        }
    }
}
