.\wacs.exe --source manual --host example.com --validation cloudflare --validationmode dns-01 --cloudflareapitoken {{tok40}} --accepttos --emailaddress admin@example.com
