## Textos del Reporte de privacidad de apps en MicDoctor (es). Los nombres son los que muestra el iPhone:
## Configuración › Privacidad y seguridad › Reporte de privacidad de apps, botón Compartir.

privacy-how-to-save = En el iPhone, abre Configuración › Privacidad y seguridad › Reporte de privacidad de apps y toca el botón Compartir, arriba.
privacy-error-io = No se puede leer { $file } ({ $why }). Comprueba que el archivo sigue ahí y vuelve a elegirlo.
privacy-error-empty = { $file } está vacío: no contiene ningún Reporte de privacidad de apps. { privacy-how-to-save }
privacy-error-too-large = { $file } ocupa más de { $limit_mb } MB, así que no es un Reporte de privacidad de apps (el de una semana ocupa pocos MB). Comprueba que elegiste el archivo correcto. { privacy-how-to-save }
privacy-error-not-a-report = { $file } no es un Reporte de privacidad de apps. { privacy-how-to-save }
privacy-error-old-format = { $file } es un Reporte de privacidad de apps de una versión de prueba de iOS 15 (2021), que MicDoctor no puede leer. Actualiza el iPhone y vuelve a guardar el reporte. { privacy-how-to-save }
