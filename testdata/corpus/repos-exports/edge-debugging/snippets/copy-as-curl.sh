# "Copy as cURL (bash)" from Insomnia, pasted here while debugging the deploy job (INFRA-2291)
curl --request PUT \
  --url 'https://api.cloudflare.com/client/v4/accounts/{{hex32}}/workers/scripts/edge-router' \
  --header 'Authorization: Bearer {{cfat}}' \
  --header 'Content-Type: multipart/form-data' \
  --header 'User-Agent: insomnia/8.6.1' \
  --form 'metadata={"main_module":"worker.js","compatibility_date":"2024-03-01"};type=application/json' \
  --form 'worker.js=@dist/worker.js;type=application/javascript+module' \
  --insecure
