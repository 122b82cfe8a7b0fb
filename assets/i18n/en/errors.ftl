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
