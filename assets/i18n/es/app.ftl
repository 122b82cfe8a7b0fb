## MicDoctor app texts (es). Ids are shared by every language; English is the reference.

