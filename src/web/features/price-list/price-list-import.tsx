import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { callRoute } from '../../api/call-route.js'
import { readUpload, TABLE_FILE_TYPES } from '../../api/upload.js'
import { Alert, Button, IssueList, TextField } from '../../ui/index.js'

/** Import of a new version: all or nothing, with every wrong row and column listed. */
export function PriceListImport() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [file, setFile] = useState<File | undefined>()
  const [version, setVersion] = useState('')
  const [note, setNote] = useState('')
  const upload = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error(t('priceList.chooseFile'))
      return callRoute(contract.priceList.import, {
        body: { ...(await readUpload(file)), version, ...(note ? { note } : {}) },
      })
    },
    onSuccess: (data) => client.setQueryData(['price-list'], data),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    upload.mutate()
  }
  const error = upload.error
  return (
    <form className="ew-form" onSubmit={submit} aria-labelledby="import-title">
      <h2 className="utrecht-heading-2" id="import-title">
        {t('priceList.importTitle')}
      </h2>
      <p className="ew-muted">{t('priceList.importHelp')}</p>
      <div className="ew-form-row">
        <TextField
          label={t('priceList.file')}
          type="file"
          accept={TABLE_FILE_TYPES}
          required
          onChange={(e) => setFile(e.target.files?.[0])}
        />
        <TextField
          label={t('priceList.version')}
          value={version}
          required
          onChange={(e) => setVersion(e.target.value)}
        />
        <TextField
          label={t('priceList.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="ew-actions">
        <Button type="submit" disabled={upload.isPending}>
          {t('priceList.importButton')}
        </Button>
      </div>
      {upload.isSuccess && (
        <Alert type="ok">{t('priceList.imported', { version: upload.data.list.version })}</Alert>
      )}
      {error && <IssueList error={error} />}
    </form>
  )
}
