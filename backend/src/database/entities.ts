import { Membership } from '../modules/auth/membership.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { Commune } from '../modules/territory/commune.entity.js';
import { Epci } from '../modules/territory/epci.entity.js';

export const ENTITIES = [Epci, Commune, User, Membership];
