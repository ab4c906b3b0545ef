import type { ButtonHTMLAttributes } from 'react'

type Appearance = 'primary' | 'secondary' | 'subtle'

/** NL Design System button (utrecht-button) in one of three appearances. */
export function Button({
  appearance = 'primary',
  type = 'button',
  className,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { appearance?: Appearance }) {
  return (
    <button
      type={type}
      className={`utrecht-button utrecht-button--${appearance}-action ${className ?? ''}`.trim()}
      {...rest}
    />
  )
}
