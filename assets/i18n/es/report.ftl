## MicDoctor report texts (es). Ids are shared by every language; English is the reference.

