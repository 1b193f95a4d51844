// Exercise 02 - list your zones
//
// 1. Replace the placeholder below with your token (do NOT commit it!)
// 2. Finish listZones() so it follows pagination (result_info.total_pages)
// 3. node exercises/02-list-zones/start.js

const API_BASE = "https://api.cloudflare.com/client/v4";
const API_TOKEN = "<YOUR_API_TOKEN>"; // TODO: put your token here

async function listZones(page = 1) {
  const res = await fetch(`${API_BASE}/zones?page=${page}&per_page=20`, {
    headers: {
      // TODO: add the Authorization header
    },
  });
  const body = await res.json();
  // TODO: recurse while page < body.result_info.total_pages
  return body.result;
}

listZones().then((zones) => {
  for (const z of zones) console.log(`${z.id}  ${z.name}  ${z.status}`);
});
