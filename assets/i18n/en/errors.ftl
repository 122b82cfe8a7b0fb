# The case store's errors and what an import says, for people (StoreError::in_words and friends).
# Display stays in English for logs; what a database or driver said is quoted as it said it.

store-error-open = Cannot open the case store { $path }: { $why }. Check that the folder exists and that MicDoctor may write there.
store-error-too-new = The case store { $at } was made by a newer MicDoctor (schema { $found }; this one knows up to { $known }). Update MicDoctor, or point case_store at another store.
store-error-damaged = The case store { $path } is damaged ({ $what }). Keep a copy of it and start a new one.
store-error-busy = The case store is busy or locked by another program. Try again in a moment ({ $why }).
store-error-sql = The case store could not write or read: { $why }
store-error-decode = A case could not be encoded or read back: { $why }
store-error-no-such-case = There is no case with the code { $code }.
store-error-code-taken = The case code { $code } already belongs to another case. Nothing was written; a new case gets a new code.
store-error-unknown-kind = Event { $seq } of case { $code } is of a kind this MicDoctor does not know ({ $kind }). It was written by a newer MicDoctor or by hand: update MicDoctor.
store-error-bad-event = Event { $seq } of case { $code } cannot be read: { $why }
store-error-no-report = Case { $code } has no report MicDoctor can read back ({ $why }).
store-error-address = { $at } is not a PostgreSQL address MicDoctor can use ({ $why }). Write it as postgres://user:password@host:5432/database
store-error-unreachable = Cannot reach the PostgreSQL case store { $at }: { $why }. Check that the server is running, that this machine may connect to it, and the address and password in case_store.
store-error-untrusted = The PostgreSQL server { $at } did not prove who it is ({ $why }). Check sslrootcert= in the address (the CA that signed the server's certificate) and the host name the certificate is for.
store-error-no-tls = The PostgreSQL server { $at } does not offer an encrypted connection, and the address asks for one (sslmode={ $mode }). Turn ssl on in the server or, for a server on this machine or the shop's own network only, add sslmode=disable to the address.
store-error-ca-file = Cannot read the CA file { $path } named by sslrootcert=: { $why }
store-error-resting = The case store took { $took } s to fail ({ $last }). To keep the counter from freezing at every step, MicDoctor tries it again in { $retry } s.
store-error-read = Cannot read { $path }: { $why }
store-error-import-line = { $path }, line { $line }: { $fault }. Nothing of the file was imported.
store-event-missing = it has no `{ $field }`
store-event-newer = it is a snapshot of version { $version }, written by a newer MicDoctor

import-line-not-json = it is not JSON ({ $why })
import-line-not-a-case = it is neither an exported case nor a line of an old case log
import-line-case-needs = the case needs `{ $field }`
import-line-bad-case = the case cannot be read ({ $why })
import-line-unknown-kind = event { $event } is of a kind MicDoctor does not know ({ $kind })
import-line-needs = { $kind ->
    [snapshot] a snapshot
    [verdict] a verdict
    [contact] a contact
   *[recheck] a recheck
} needs `{ $field }`
import-line-invalid = { $kind ->
    [snapshot] a snapshot
    [verdict] a verdict
    [contact] a contact
   *[recheck] a recheck
} cannot be read ({ $why })
import-line-newer = it is a snapshot of version { $version }, written by a newer MicDoctor
import-line-other-case = event { $event } belongs to case { $code }, not to this line's case

cli-cases-import-renamed = Case { $old } is already another case in this store: imported as { $new }.
notice-case-code-changed = The case code { $old } already belonged to another case in the case store: this case is now { $new }.

# Reading a file MicDoctor was handed (ReadError::in_words): a knowledge base, a saved case, a config,
# a world, learned priors. $why is what the system said, as it said it.
read-error-io = Cannot read { $path }: { $why }
read-error-too-large = { $path } is larger than { $limit }, the most MicDoctor reads from such a file
read-error-not-text = { $path } is not a text file (the byte at position { $offset } is not UTF-8 text)

# Opening a knowledge base (KbError::in_words). $why is what the JSON reader said.
kb-error-syntax = The knowledge base is not valid JSON at line { $line }, column { $column }: { $why }
kb-error-shape = The knowledge base has a wrong value at { $at } (line { $line }, column { $column }): { $why }
kb-error-invalid = { $count ->
        [one] The knowledge base's check found { $count } problem:
       *[other] The knowledge base's check found { $count } problems:
    }
    { $list }

# The engine and a saved case (EngineError, SessionError, SessionFileError).
engine-error-unknown-problem = The knowledge base has no problem "{ $problem }"
engine-error-bad-model = The problem "{ $problem }" in the knowledge base cannot be worked on: { $why }
engine-error-unknown-id = The knowledge base's problem "{ $problem }" has { $kind ->
        [finding] no question "{ $id }"
        [fix] no step "{ $id }"
       *[other] no { $kind } "{ $id }"
    }
session-error-json = it is not a case MicDoctor can read ({ $why })
session-error-invalid = The saved case { $path } cannot be used: { $why }

# The config file (ConfigError, BadValue). $why from the TOML reader is quoted as it said it.
config-error-read = The config file could not be read. { $why }
config-error-syntax = The config file { $path } is not valid at line { $line } ({ $written }): { $why }
config-error-value = The config file { $path } has a value for { $key } that cannot be used: { $why }
config-error-kiosk-needs-pin = Kiosk mode needs a staff PIN: run "micdoctor hash-pin" and put the line it prints (staff_pin_hash = …) in { $path }
config-value-outside = { $value } is not between { $low } and { $high }
config-value-every-network = { $address } would listen on every network; write this computer's address on the shop's network
config-value-wifi-name = a Wi-Fi name has 1 to 32 bytes
config-value-wifi-password = a WPA password has 8 to 63 characters
pin-error-bad-pin = a PIN has { $min } to { $max } digits (0–9)
pin-error-bad-hash = it is not a hash made by "micdoctor hash-pin" ({ $why })
pin-error-hashing = the PIN could not be hashed ({ $why })

# A shop's learned priors (LearnError).
learn-error-parse = { $path } is not a learned-priors file: { $why }
learn-error-not-learned = This is not a learned-priors file (it is a "{ $kind }" file)
learn-error-bad-strength = The strength must be a positive number of cases, not { $strength }
learn-error-unknown = { $what ->
        [problem] The problem
        [cause] The cause
        [fix] The step
       *[other] The { $what }
    } "{ $id }" is not in the knowledge base
learn-error-not-a-probability = The learned value { $value } for "{ $id }" is not a probability (0 to 1)
learn-error-not-normalised = The priors learned for "{ $problem }" do not add up to 1
