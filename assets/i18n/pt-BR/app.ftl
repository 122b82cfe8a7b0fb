## MicDoctor app texts (pt-BR). Ids are shared by every language; English is the reference.

