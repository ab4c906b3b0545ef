import { z } from 'zod'

export const municipalityNameSchema = z.string().trim().min(2).max(120)
