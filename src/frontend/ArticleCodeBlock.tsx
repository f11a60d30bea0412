import { codeLanguageClass } from './codeBlock.js'
import { highlightCode } from './highlight/codeHighlighter.js'

export type ArticleCodeBlockProps = {
  code: string
  /** The stored language; anything not a plain token renders as `text`. */
  language?: unknown
}

/**
 * A code block (server component), highlighted when its grammar is loaded (`loadCodeLanguages`): each
 * token a `<span class="ppk-tok-…">`, no inline styles, no client JavaScript. Plain text otherwise.
 */
export const ArticleCodeBlock = ({ code, language }: ArticleCodeBlockProps) => {
  const lang = codeLanguageClass(language)
  const lines = highlightCode(code, lang)
  return (
    <pre className="ppk-code" data-language={lang}>
      <code className={`language-${lang}`}>
        {lines
          ? lines.map((line, index) => (
              <span className="ppk-line" key={index}>
                {line.map((token, i) =>
                  token.kind ? (
                    <span className={`ppk-tok-${token.kind}`} key={i}>
                      {token.content}
                    </span>
                  ) : (
                    token.content
                  ),
                )}
                {index < lines.length - 1 ? '\n' : null}
              </span>
            ))
          : code}
      </code>
    </pre>
  )
}
