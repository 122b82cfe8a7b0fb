# Os erros do arquivo de casos e o que uma importação diz, para pessoas (StoreError::in_words).

store-error-open = Não foi possível abrir o arquivo de casos { $path }: { $why }. Verifique se a pasta existe e se o MicDoctor pode gravar nela.
store-error-too-new = O arquivo de casos { $at } foi criado por um MicDoctor mais novo (esquema { $found }; este conhece até o { $known }). Atualize o MicDoctor ou aponte case_store para outro arquivo.
store-error-damaged = O arquivo de casos { $path } está danificado ({ $what }). Guarde uma cópia dele e comece um novo.
store-error-busy = O arquivo de casos está ocupado ou bloqueado por outro programa. Tente de novo daqui a pouco ({ $why }).
store-error-sql = Não foi possível gravar ou ler o arquivo de casos: { $why }
store-error-decode = Não foi possível codificar ou ler de volta um caso: { $why }
store-error-no-such-case = Não há caso com o código { $code }.
store-error-code-taken = O código { $code } já pertence a outro caso. Nada foi gravado; um caso novo recebe um código novo.
store-error-unknown-kind = O evento { $seq } do caso { $code } é de um tipo que este MicDoctor não conhece ({ $kind }). Ele foi gravado por um MicDoctor mais novo ou à mão: atualize o MicDoctor.
store-error-bad-event = Não foi possível ler o evento { $seq } do caso { $code }: { $why }
store-error-no-report = O caso { $code } não tem um relatório que o MicDoctor consiga ler ({ $why }).
store-error-address = { $at } não é um endereço PostgreSQL que o MicDoctor consiga usar ({ $why }). Escreva-o como postgres://usuario:senha@servidor:5432/banco
store-error-unreachable = Não foi possível alcançar o arquivo de casos PostgreSQL { $at }: { $why }. Verifique se o servidor está ligado, se esta máquina pode se conectar a ele e o endereço e a senha em case_store.
store-error-untrusted = O servidor PostgreSQL { $at } não comprovou quem é ({ $why }). Confira o sslrootcert= no endereço (a autoridade certificadora que assinou o certificado do servidor) e o nome de servidor para o qual o certificado foi emitido.
store-error-no-tls = O servidor PostgreSQL { $at } não oferece conexão criptografada, e o endereço exige uma (sslmode={ $mode }). Ative o ssl no servidor ou, para um servidor nesta máquina ou só na rede da própria loja, acrescente sslmode=disable ao endereço.
store-error-ca-file = Não foi possível ler o arquivo de autoridade certificadora { $path } indicado em sslrootcert=: { $why }
store-error-resting = O arquivo de casos levou { $took } s para falhar ({ $last }). Para o balcão não travar a cada passo, o MicDoctor tenta de novo em { $retry } s.
store-error-read = Não foi possível ler { $path }: { $why }
store-error-import-line = { $path }, linha { $line }: { $fault }. Nada do arquivo foi importado.
store-event-missing = falta `{ $field }`
store-event-newer = é um registro da versão { $version }, gravado por um MicDoctor mais novo

import-line-not-json = não é JSON ({ $why })
import-line-not-a-case = não é um caso exportado nem uma linha de um registro de casos antigo
import-line-case-needs = falta `{ $field }` no caso
import-line-bad-case = não foi possível ler o caso ({ $why })
import-line-unknown-kind = o evento { $event } é de um tipo que o MicDoctor não conhece ({ $kind })
import-line-needs = { $kind ->
    [snapshot] um registro do caso
    [verdict] um laudo
    [contact] um contato
   *[recheck] um novo teste
} precisa de `{ $field }`
import-line-invalid = não foi possível ler { $kind ->
    [snapshot] um registro do caso
    [verdict] um laudo
    [contact] um contato
   *[recheck] um novo teste
} ({ $why })
import-line-newer = é um registro da versão { $version }, gravado por um MicDoctor mais novo
import-line-other-case = o evento { $event } pertence ao caso { $code }, não ao desta linha

cli-cases-import-renamed = O caso { $old } já é outro caso neste arquivo: importado como { $new }.
notice-case-code-changed = O código { $old } já pertencia a outro caso no arquivo de casos: este caso agora é { $new }.

# Ler um arquivo entregue ao MicDoctor (ReadError::in_words). $why é o que o sistema disse, como disse.
read-error-io = Não foi possível ler { $path }: { $why }
read-error-too-large = { $path } é maior que { $limit }, o máximo que o MicDoctor lê de um arquivo assim
read-error-not-text = { $path } não é um arquivo de texto (o byte na posição { $offset } não é texto UTF-8)

# Abrir uma base de conhecimento (KbError::in_words). $why é o que o leitor de JSON disse.
kb-error-syntax = A base de conhecimento não é um JSON válido na linha { $line }, coluna { $column }: { $why }
kb-error-shape = A base de conhecimento tem um valor errado em { $at } (linha { $line }, coluna { $column }): { $why }
kb-error-invalid = { $count ->
        [one] A verificação da base de conhecimento encontrou { $count } problema:
       *[other] A verificação da base de conhecimento encontrou { $count } problemas:
    }
    { $list }

# O motor e um caso salvo (EngineError, SessionError, SessionFileError).
engine-error-unknown-problem = A base de conhecimento não tem o problema "{ $problem }"
engine-error-bad-model = O problema "{ $problem }" da base de conhecimento não pode ser trabalhado: { $why }
engine-error-unknown-id = O problema "{ $problem }" da base de conhecimento não tem { $kind ->
        [finding] a pergunta "{ $id }"
        [fix] o passo "{ $id }"
       *[other] o item "{ $id }" ({ $kind })
    }
session-error-json = não é um caso que o MicDoctor consiga ler ({ $why })
session-error-invalid = O caso salvo { $path } não pode ser usado: { $why }

# O arquivo de configuração (ConfigError, BadValue). $why do leitor de TOML é citado como ele disse.
config-error-read = Não foi possível ler o arquivo de configuração. { $why }
config-error-syntax = O arquivo de configuração { $path } não é válido na linha { $line } ({ $written }): { $why }
config-error-value = O arquivo de configuração { $path } tem um valor para { $key } que não pode ser usado: { $why }
config-error-kiosk-needs-pin = O modo quiosque precisa de um PIN da equipe: rode "micdoctor hash-pin" e coloque a linha que ele mostra (staff_pin_hash = …) em { $path }
config-value-outside = { $value } não está entre { $low } e { $high }
config-value-every-network = { $address } escutaria em todas as redes; escreva o endereço deste computador na rede da loja
config-value-wifi-name = um nome de Wi-Fi tem de 1 a 32 bytes
config-value-wifi-password = uma senha WPA tem de 8 a 63 caracteres
pin-error-bad-pin = um PIN tem de { $min } a { $max } dígitos (0–9)
pin-error-bad-hash = não é um hash feito por "micdoctor hash-pin" ({ $why })
pin-error-hashing = não foi possível gerar o hash do PIN ({ $why })

# As probabilidades aprendidas de uma loja (LearnError).
learn-error-parse = { $path } não é um arquivo de probabilidades aprendidas: { $why }
learn-error-not-learned = Este não é um arquivo de probabilidades aprendidas (é um arquivo "{ $kind }")
learn-error-bad-strength = A força precisa ser um número positivo de casos, não { $strength }
learn-error-unknown = { $what ->
        [problem] O problema
        [cause] A causa
        [fix] O passo
       *[other] O item ({ $what })
    } "{ $id }" não está na base de conhecimento
learn-error-not-a-probability = O valor aprendido { $value } para "{ $id }" não é uma probabilidade (de 0 a 1)
learn-error-not-normalised = As probabilidades aprendidas para "{ $problem }" não somam 1
