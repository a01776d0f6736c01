"""The steps of `chunker.chunk_document`, in the order it runs them (all pure): `lines` reads the text into lines,
`structure` finds what each line opens (article, recital, 编章节 / Chapter / Section, heading), `units` turns that
into line ranges with labels and keys, `paragraphs` cuts a unit into numbered paragraph blocks, `pieces` packs the
blocks of a long unit into pieces under the size limit."""
