## MicDoctor workspace texts (en). Ids are shared by every language; English is the reference.

