import {
  idParamsSchema,
  projectListResponseSchema,
  projectResponseSchema,
} from '../domain/index.js'
import { route } from './route.js'

export const projects = {
  list: route({
    method: 'GET',
    url: '/api/v1/projects',
    summary: "The projects (pilots) of the user's municipality",
    response: { 200: projectListResponseSchema },
    access: 'projects.read',
    data: 'none',
  }),
  get: route({
    method: 'GET',
    url: '/api/v1/projects/:id',
    summary: 'One project with its theory of change and participating organisations',
    params: idParamsSchema,
    response: { 200: projectResponseSchema },
    access: 'projects.read',
    data: 'none',
  }),
}
