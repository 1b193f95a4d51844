// Prevents additional console window on Windows in release, DO NOT REMOVE!!
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod cf;
mod dev;
mod origin_ca;

use tauri::Manager;

fn main() {
    tauri::Builder::default()
        .plugin(tauri_plugin_log::Builder::default().build())
        .manage(cf::AppState::default())
        .setup(|app| {
            #[cfg(debug_assertions)]
            app.get_window("main").unwrap().open_devtools();
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            cf::set_token,
            cf::list_zones,
            cf::list_records,
            cf::update_record,
            cf::purge_zone,
            origin_ca::issue_origin_cert,
            dev::worker_preview,
        ])
        .run(tauri::generate_context!())
        .expect("error while running tauri application");
}
