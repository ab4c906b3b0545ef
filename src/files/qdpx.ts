import JSZip from 'jszip'

/**
 * A REFI-QDA project exchange file (.qdpx): a zip with `project.qde` at its root and the text
 * sources under `sources/` (each TextSource's `internal://<guid>.txt`), as the standard lays it
 * out. jszip is the zip library already installed (it comes with exceljs).
 */
export async function qdpxArchive(
  projectQde: string,
  sources: readonly { readonly path: string; readonly text: string }[],
): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('project.qde', projectQde)
  for (const source of sources) zip.file(source.path, source.text)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
