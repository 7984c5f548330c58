"""Language helpers shared by segmentation and extraction: periods, project names in
sentences, name keys. They read words and blocks, never segments or projects."""
