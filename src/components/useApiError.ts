'use client'
import type { JsonAnswer } from './requestJson.js'

import { useKitTranslation } from '../i18n/useKitTranslation.js'

/** An API error in plain words: what it means for the editor, then the server's own message. */
export const useApiError = () => {
  const { t } = useKitTranslation()
  return (error: JsonAnswer<unknown>['error']): null | string => {
    if (!error) return null
    const lead =
      error.status === 0
        ? t('errorNetwork')
        : error.status === 401
          ? t('errorLoggedOut')
          : error.status === 403
            ? t('errorForbidden')
            : error.status === 404
              ? t('errorNotFound')
              : error.status === 409
                ? t('errorConflict')
                : error.status >= 500
                  ? t('errorServer')
                  : t('errorRequest')
    return error.message ? `${lead} ${error.message}` : lead
  }
}
