namespace CustomerGraph.GraphQL.Types;

/// <summary>Type relations used by validation and execution (spec 3.3 and 5.x).</summary>
public static class TypeComparators
{
    /// <summary>Same named type with the same wrappers.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) =>
        ReferenceEquals(a, b)
        || a switch
        {
            NonNullType na => b is NonNullType nb && IsEqualType(na.OfType, nb.OfType),
            ListType la => b is ListType lb && IsEqualType(la.OfType, lb.OfType),
            _ => false,
        };

    /// <summary>A value of <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
            return true;
        if (superType is NonNullType superNonNull)
            return maybeSubType is NonNullType subNonNull
                && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSubType is NonNullType nonNull)
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        if (superType is ListType superList)
            return maybeSubType is ListType subList
                && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSubType is ListType)
            return false;
        return superType.IsAbstractType
            && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Some object type could be of both composite types.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
            return true;
        if (a.IsAbstractType)
        {
            if (b.IsAbstractType)
            {
                foreach (var type in schema.GetPossibleTypes(a))
                    if (schema.IsSubType(b, type))
                        return true;
                return false;
            }
            return schema.IsSubType(a, b);
        }
        return b.IsAbstractType && schema.IsSubType(b, a);
    }
}
