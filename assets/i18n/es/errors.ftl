# Los errores del almacén de casos y lo que dice una importación, para personas (StoreError::in_words).

store-error-open = No se puede abrir el almacén de casos { $path }: { $why }. Revisa que la carpeta exista y que MicDoctor pueda escribir en ella.
store-error-too-new = El almacén de casos { $at } lo creó un MicDoctor más nuevo (esquema { $found }; este conoce hasta el { $known }). Actualiza MicDoctor o apunta case_store a otro almacén.
store-error-damaged = El almacén de casos { $path } está dañado ({ $what }). Guarda una copia y empieza uno nuevo.
store-error-busy = El almacén de casos está ocupado o bloqueado por otro programa. Vuelve a intentarlo en un momento ({ $why }).
store-error-sql = No se pudo escribir ni leer el almacén de casos: { $why }
store-error-decode = No se pudo codificar ni volver a leer un caso: { $why }
store-error-no-such-case = No hay ningún caso con el código { $code }.
store-error-code-taken = El código { $code } ya es de otro caso. No se escribió nada; un caso nuevo recibe un código nuevo.
store-error-unknown-kind = El evento { $seq } del caso { $code } es de un tipo que este MicDoctor no conoce ({ $kind }). Lo escribió un MicDoctor más nuevo o alguien a mano: actualiza MicDoctor.
store-error-bad-event = No se puede leer el evento { $seq } del caso { $code }: { $why }
store-error-no-report = El caso { $code } no tiene un informe que MicDoctor pueda leer ({ $why }).
store-error-address = { $at } no es una dirección de PostgreSQL que MicDoctor pueda usar ({ $why }). Escríbela como postgres://usuario:contraseña@servidor:5432/base
store-error-unreachable = No se puede llegar al almacén de casos PostgreSQL { $at }: { $why }. Revisa que el servidor esté encendido, que esta computadora pueda conectarse a él y la dirección y la contraseña en case_store.
store-error-untrusted = El servidor PostgreSQL { $at } no demostró quién es ({ $why }). Revisa sslrootcert= en la dirección (la autoridad certificadora que firmó el certificado del servidor) y el nombre de servidor para el que se emitió el certificado.
store-error-no-tls = El servidor PostgreSQL { $at } no ofrece una conexión cifrada y la dirección la exige (sslmode={ $mode }). Activa ssl en el servidor o, para un servidor en esta computadora o solo en la red del propio local, agrega sslmode=disable a la dirección.
store-error-ca-file = No se puede leer el archivo de autoridad certificadora { $path } indicado en sslrootcert=: { $why }
store-error-resting = El almacén de casos tardó { $took } s en fallar ({ $last }). Para que el mostrador no se trabe en cada paso, MicDoctor lo vuelve a intentar en { $retry } s.
store-error-read = No se puede leer { $path }: { $why }
store-error-import-line = { $path }, línea { $line }: { $fault }. No se importó nada del archivo.
store-event-missing = le falta `{ $field }`
store-event-newer = es una instantánea de la versión { $version }, escrita por un MicDoctor más nuevo

import-line-not-json = no es JSON ({ $why })
import-line-not-a-case = no es un caso exportado ni una línea de un registro de casos anterior
import-line-case-needs = al caso le falta `{ $field }`
import-line-bad-case = no se puede leer el caso ({ $why })
import-line-unknown-kind = el evento { $event } es de un tipo que MicDoctor no conoce ({ $kind })
import-line-needs = { $kind ->
    [snapshot] una instantánea del caso
    [verdict] un diagnóstico del técnico
    [contact] un contacto
   *[recheck] una nueva prueba
} necesita `{ $field }`
import-line-invalid = no se puede leer { $kind ->
    [snapshot] una instantánea del caso
    [verdict] un diagnóstico del técnico
    [contact] un contacto
   *[recheck] una nueva prueba
} ({ $why })
import-line-newer = es una instantánea de la versión { $version }, escrita por un MicDoctor más nuevo
import-line-other-case = el evento { $event } pertenece al caso { $code }, no al de esta línea

cli-cases-import-renamed = El caso { $old } ya es otro caso en este almacén: se importó como { $new }.
notice-case-code-changed = El código { $old } ya era de otro caso en el almacén de casos: este caso ahora es { $new }.

# Leer un archivo que se le da a MicDoctor (ReadError::in_words). $why es lo que dijo el sistema, tal cual.
read-error-io = No se puede leer { $path }: { $why }
read-error-too-large = { $path } es más grande que { $limit }, lo máximo que MicDoctor lee de un archivo así
read-error-not-text = { $path } no es un archivo de texto (el byte en la posición { $offset } no es texto UTF-8)

# Abrir una base de conocimiento (KbError::in_words). $why es lo que dijo el lector de JSON.
kb-error-syntax = La base de conocimiento no es un JSON válido en la línea { $line }, columna { $column }: { $why }
kb-error-shape = La base de conocimiento tiene un valor incorrecto en { $at } (línea { $line }, columna { $column }): { $why }
kb-error-invalid = { $count ->
        [one] La revisión de la base de conocimiento encontró { $count } problema:
       *[other] La revisión de la base de conocimiento encontró { $count } problemas:
    }
    { $list }

# El motor y un caso guardado (EngineError, SessionError, SessionFileError).
engine-error-unknown-problem = La base de conocimiento no tiene el problema "{ $problem }"
engine-error-bad-model = No se puede trabajar con el problema "{ $problem }" de la base de conocimiento: { $why }
engine-error-unknown-id = El problema "{ $problem }" de la base de conocimiento no tiene { $kind ->
        [finding] la pregunta "{ $id }"
        [fix] el paso "{ $id }"
       *[other] el elemento "{ $id }" ({ $kind })
    }
session-error-json = no es un caso que MicDoctor pueda leer ({ $why })
session-error-invalid = El caso guardado { $path } no se puede usar: { $why }

# El archivo de configuración (ConfigError, BadValue). $why del lector de TOML se cita tal cual.
config-error-read = No se pudo leer el archivo de configuración. { $why }
config-error-syntax = El archivo de configuración { $path } no es válido en la línea { $line } ({ $written }): { $why }
config-error-value = El archivo de configuración { $path } tiene un valor para { $key } que no se puede usar: { $why }
config-error-kiosk-needs-pin = El modo quiosco necesita un PIN del personal: ejecuta "micdoctor hash-pin" y pon la línea que muestra (staff_pin_hash = …) en { $path }
config-value-outside = { $value } no está entre { $low } y { $high }
config-value-every-network = { $address } escucharía en todas las redes; escribe la dirección de esta computadora en la red de la tienda
config-value-wifi-name = un nombre de Wi-Fi tiene de 1 a 32 bytes
config-value-wifi-password = una contraseña WPA tiene de 8 a 63 caracteres
pin-error-bad-pin = un PIN tiene de { $min } a { $max } dígitos (0–9)
pin-error-bad-hash = no es un hash hecho por "micdoctor hash-pin" ({ $why })
pin-error-hashing = no se pudo generar el hash del PIN ({ $why })

# Las probabilidades aprendidas de una tienda (LearnError).
learn-error-parse = { $path } no es un archivo de probabilidades aprendidas: { $why }
learn-error-not-learned = Este no es un archivo de probabilidades aprendidas (es un archivo "{ $kind }")
learn-error-bad-strength = La fuerza tiene que ser un número positivo de casos, no { $strength }
learn-error-unknown = { $what ->
        [problem] El problema
        [cause] La causa
        [fix] El paso
       *[other] El elemento ({ $what })
    } "{ $id }" no está en la base de conocimiento
learn-error-not-a-probability = El valor aprendido { $value } para "{ $id }" no es una probabilidad (de 0 a 1)
learn-error-not-normalised = Las probabilidades aprendidas para "{ $problem }" no suman 1
